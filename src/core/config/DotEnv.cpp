#include "DotEnv.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

bool isKeyStart(QChar c) {
    return c.isLetter() || c == u'_';
}

bool isKeyChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c == u'.';
}

// Cursor over the whole text, so quoted values may span lines.
class Parser {
public:
    explicit Parser(QString text)
        : m_text(std::move(text)) {}

    DotEnvResult run() {
        while (m_pos < m_text.size())
            parseLine();
        return std::move(m_result);
    }

private:
    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }
    bool atLineEnd() const { return m_pos >= m_text.size() || m_text.at(m_pos) == u'\n'; }

    void skipBlanks() {
        while (!atLineEnd() && (peek() == u' ' || peek() == u'\t'))
            ++m_pos;
    }

    void skipToNextLine() {
        while (!atLineEnd())
            ++m_pos;
        if (m_pos < m_text.size()) {
            ++m_pos;
            ++m_line;
        }
    }

    void error(int line, const QString &what) {
        m_result.errors.append(QCoreApplication::translate("DotEnv", "line %1: %2").arg(line).arg(what));
        skipToNextLine();
    }

    void parseLine() {
        const int line = m_line;
        skipBlanks();
        if (atLineEnd() || peek() == u'#') {
            skipToNextLine();
            return;
        }
        if (m_text.mid(m_pos, 6) == u"export"_s && m_pos + 6 < m_text.size() &&
            (m_text.at(m_pos + 6) == u' ' || m_text.at(m_pos + 6) == u'\t')) {
            m_pos += 6;
            skipBlanks();
        }
        const qsizetype keyStart = m_pos;
        if (!isKeyStart(peek())) {
            error(line, QCoreApplication::translate("DotEnv", "expected KEY=VALUE, found \"%1\"")
                            .arg(restOfLine(keyStart)));
            return;
        }
        while (!atLineEnd() && isKeyChar(peek()))
            ++m_pos;
        const QString key = m_text.mid(keyStart, m_pos - keyStart);
        skipBlanks();
        if (peek() != u'=') {
            error(line, QCoreApplication::translate("DotEnv", "expected \"=\" after %1").arg(key));
            return;
        }
        ++m_pos;
        skipBlanks();
        QString value;
        if (peek() == u'\'' || peek() == u'"') {
            if (!readQuoted(key, line, &value))
                return;
            skipBlanks();
            if (!atLineEnd() && peek() != u'#') {
                error(line,
                      QCoreApplication::translate("DotEnv", "unexpected text after the quoted value of %1")
                          .arg(key));
                return;
            }
        } else {
            value = readUnquoted();
        }
        m_result.entries.append({key, value, line});
        skipToNextLine();
    }

    QString restOfLine(qsizetype from) const {
        qsizetype end = m_text.indexOf(u'\n', from);
        if (end < 0)
            end = m_text.size();
        return m_text.mid(from, qMin<qsizetype>(end - from, 40));
    }

    QString readUnquoted() {
        const qsizetype start = m_pos;
        while (!atLineEnd()) {
            // An inline comment starts with "#" after white space, as in the shell.
            if (peek() == u'#' && m_pos > start &&
                (m_text.at(m_pos - 1) == u' ' || m_text.at(m_pos - 1) == u'\t'))
                break;
            ++m_pos;
        }
        return m_text.mid(start, m_pos - start).trimmed();
    }

    bool readQuoted(const QString &key, int line, QString *value) {
        const QChar quote = peek();
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == quote) {
                ++m_pos;
                return true;
            }
            if (c == u'\n')
                ++m_line;
            if (quote == u'"' && c == u'\\' && m_pos + 1 < m_text.size()) {
                const QChar next = m_text.at(m_pos + 1);
                switch (next.unicode()) {
                case 'n':
                    value->append(u'\n');
                    break;
                case 'r':
                    value->append(u'\r');
                    break;
                case 't':
                    value->append(u'\t');
                    break;
                case '"':
                    value->append(u'"');
                    break;
                case '\\':
                    value->append(u'\\');
                    break;
                case '$':
                    value->append(u'$');
                    break;
                default:
                    value->append(c).append(next);
                    break;
                }
                m_pos += 2;
                continue;
            }
            value->append(c);
            ++m_pos;
        }
        m_result.errors.append(
            QCoreApplication::translate("DotEnv",
                                        "line %1: the value of %2 opens a quote (%3) that is never closed")
                .arg(line)
                .arg(key, quote));
        return false;
    }

    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    DotEnvResult m_result;
};

} // namespace

DotEnvResult DotEnv::parse(const QByteArray &content) {
    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return Parser(text).run();
}

DotEnvResult DotEnv::read(const QString &path) {
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        DotEnvResult result;
        result.errors.append(
            QCoreApplication::translate("DotEnv", "cannot read %1: %2").arg(path, file.errorString()));
        return result;
    }
    return parse(file.readAll());
}
