// The fields a restore writes back from an export's CSV: which columns (name, full name, description,
// precondition, expected result, automated, tags, links), the TestOps field each goes to
// (TestCasePatchV2Dto), a cell as that field's value, the field as TestOps holds it now as a cell, and when
// two cells say the same.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace CsvFields {

QStringList columns();
// The TestOps field of a CSV column; empty when the column is not written back.
QString fieldOf(const QString &column);
// A CSV cell as the field TestOps takes. Multi-value cells are joined with "," (the export's items
// separator).
QJsonValue toField(const QString &field, const QString &cell);
// What TestOps holds now, as the CSV would show it.
QString asCell(const QString &field, const QJsonObject &testCase);
bool sameCell(const QString &field, const QString &a, const QString &b);

} // namespace CsvFields
