#include "CsvFields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// The CSV columns written back, and the TestOps field (TestCasePatchV2Dto) each goes to.
const QList<std::pair<QString, QString>> &mappings() {
    static const QList<std::pair<QString, QString>> all{{u"name"_s, u"name"_s},
                                                        {u"full_name"_s, u"fullName"_s},
                                                        {u"description"_s, u"description"_s},
                                                        {u"precondition"_s, u"precondition"_s},
                                                        {u"expected_result"_s, u"expectedResult"_s},
                                                        {u"automated"_s, u"automated"_s},
                                                        {u"tag"_s, u"tags"_s},
                                                        {u"link"_s, u"links"_s}};
    return all;
}

QString normalized(QString text) {
    return text.replace(u"\r\n"_s, u"\n"_s);
}

} // namespace

QStringList CsvFields::columns() {
    QStringList columns;
    for (const auto &[csv, field] : mappings())
        columns.append(csv);
    return columns;
}

QString CsvFields::fieldOf(const QString &column) {
    for (const auto &[csv, field] : mappings()) {
        if (csv == column)
            return field;
    }
    return QString();
}

QJsonValue CsvFields::toField(const QString &field, const QString &cell) {
    if (field == u"automated"_s)
        return cell.trimmed().compare(u"true"_s, Qt::CaseInsensitive) == 0;
    if (field == u"tags"_s || field == u"links"_s) {
        QJsonArray items;
        for (const QString &item : cell.split(u',', Qt::SkipEmptyParts)) {
            const QString value = item.trimmed();
            items.append(field == u"tags"_s ? QJsonObject{{u"name"_s, value}}
                                            : QJsonObject{{u"name"_s, value}, {u"url"_s, value}});
        }
        return items;
    }
    return normalized(cell);
}

QString CsvFields::asCell(const QString &field, const QJsonObject &testCase) {
    const QJsonValue value = testCase.value(field);
    if (field == u"automated"_s)
        return value.toBool() ? u"true"_s : u"false"_s;
    if (field == u"tags"_s || field == u"links"_s) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.toObject().value(field == u"tags"_s ? u"name"_s : u"url"_s).toString());
        return items.join(u',');
    }
    return normalized(value.toString());
}

bool CsvFields::sameCell(const QString &field, const QString &a, const QString &b) {
    if (field == u"automated"_s)
        return (a.trimmed().compare(u"true"_s, Qt::CaseInsensitive) == 0) ==
               (b.trimmed().compare(u"true"_s, Qt::CaseInsensitive) == 0);
    return normalized(a).trimmed() == normalized(b).trimmed();
}
