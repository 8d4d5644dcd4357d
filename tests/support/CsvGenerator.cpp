#include "CsvGenerator.h"

using namespace Qt::StringLiterals;

namespace {
void appendQuoted(QByteArray &out, const QByteArray &value, char separator) {
    if (!value.contains(separator) && !value.contains('"') && !value.contains('\n') &&
        !value.contains('\r')) {
        out += value;
        return;
    }
    out += '"';
    for (const char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}
} // namespace

CsvGenerator::CsvGenerator(QStringList columns, qint64 groupId, qint64 rows, bool bom, int revision)
    : m_columns(std::move(columns))
    , m_groupId(groupId)
    , m_rows(rows)
    , m_bom(bom)
    , m_revision(revision) {}

QStringList CsvGenerator::standardColumns() {
    return {u"allure_id"_s,
            u"name"_s,
            u"full_name"_s,
            u"automated"_s,
            u"description"_s,
            u"precondition"_s,
            u"expected_result"_s,
            u"status"_s,
            u"scenario"_s,
            u"tag"_s,
            u"link"_s,
            u"example"_s,
            u"parameter"_s};
}

QByteArray CsvGenerator::cell(const QString &column, qint64 groupId, qint64 row, int revision) {
    const QByteArray n = QByteArray::number(row + 1);
    if (column == u"allure_id"_s)
        return QByteArray::number(groupId % 100000 * 100000 + row + 1);
    if (column == u"name"_s)
        return "Проверка входа №" + n + " / Login check " + n;
    if (column == u"full_name"_s)
        return "ru.example.auth.LoginTest.test" + n;
    if (column == u"automated"_s)
        return row % 2 ? "true" : "false";
    if (column == u"description"_s)
        return "Описание теста " + n +
               (revision ? " (ред. " + QByteArray::number(revision) + ")" : QByteArray()) +
               "\nВторая строка; с разделителем и \"кавычками\"";
    if (column == u"precondition"_s)
        return "Пользователь создан";
    if (column == u"expected_result"_s)
        return "Успешный вход";
    if (column == u"status"_s)
        return row % 3 ? "Ready" : "Draft";
    if (column == u"scenario"_s)
        return "1. Открыть страницу\n2. Ввести логин " + n + "\n3. Нажать «Войти»";
    if (column == u"tag"_s)
        return "smoke,regress";
    if (column == u"link"_s)
        return "https://jira.example.com/browse/QA-" + n;
    if (column == u"example"_s)
        return QByteArray();
    if (column == u"parameter"_s)
        return "browser=chrome";
    return "значение " + n;
}

void CsvGenerator::appendRow(QByteArray &out, qint64 row) const {
    if (m_edits.removed.contains(row))
        return;
    const int revision = m_edits.edited.contains(row) ? m_revision + 1 : m_revision;
    // Most rows were never written: no lookup for them (a 200 MB export has 400,000 rows).
    const auto written = m_edits.fields.isEmpty() ? m_edits.fields.cend() : m_edits.fields.constFind(row);
    for (int i = 0; i < m_columns.size(); ++i) {
        if (i)
            out += m_separator;
        const QString &column = m_columns.at(i);
        if (written != m_edits.fields.cend() && written->contains(column))
            appendQuoted(out, written->value(column), m_separator);
        else
            appendQuoted(out, cell(column, m_groupId, row, revision), m_separator);
    }
    out += "\r\n";
}

QByteArray CsvGenerator::next(qint64 maxBytes) {
    if (m_usePrecomputed) {
        const QByteArray piece = m_precomputed.mid(m_offset, maxBytes);
        m_offset += piece.size();
        return piece;
    }
    QByteArray out;
    out.reserve(qsizetype(maxBytes + 1024));
    if (!m_headerDone) {
        if (m_bom)
            out += "\xEF\xBB\xBF";
        for (int i = 0; i < m_columns.size(); ++i) {
            if (i)
                out += m_separator;
            appendQuoted(out, m_columns.at(i).toUtf8(), m_separator);
        }
        out += "\r\n";
        m_headerDone = true;
    }
    while (m_row < m_rows && out.size() < maxBytes)
        appendRow(out, m_row++);
    return out;
}

QByteArray CsvGenerator::all() {
    QByteArray out;
    while (!atEnd())
        out += next();
    return out;
}

qint64 CsvGenerator::totalSize() const {
    if (m_usePrecomputed)
        return m_precomputed.size();
    CsvGenerator copy(m_columns, m_groupId, m_rows, m_bom, m_revision);
    copy.setEdits(m_edits);
    copy.setSeparator(m_separator);
    qint64 total = 0;
    while (!copy.atEnd())
        total += copy.next(1 << 20).size();
    return total;
}
