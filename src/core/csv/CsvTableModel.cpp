#include "CsvTableModel.h"

#include "CsvReader.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

CsvTableModel::CsvTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

CsvTableModel::~CsvTableModel() = default;

bool CsvTableModel::open(const QString &path, char separator) {
    beginResetModel();
    m_scanner.reset();
    m_file.close();
    m_header.clear();
    m_offsets.clear();
    m_blocks.clear();
    m_raggedRows = 0;
    m_atEnd = true;
    m_error.clear();
    m_separator = separator;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("CsvTableModel", "cannot read %1: %2")
                      .arg(path, m_file.errorString());
        endResetModel();
        return false;
    }
    m_scanner = std::make_unique<CsvReader>(&m_file, separator);
    QList<QByteArray> cells;
    if (m_scanner->readRecord(&cells)) {
        for (const QByteArray &cell : std::as_const(cells))
            m_header.append(QString::fromUtf8(cell));
        m_atEnd = false;
    }
    endResetModel();
    fetchMore({});
    return true;
}

int CsvTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_offsets.size());
}

int CsvTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_header.size());
}

bool CsvTableModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_atEnd;
}

void CsvTableModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid() || m_atEnd || !m_scanner)
        return;
    std::vector<qint64> found;
    QList<QByteArray> cells;
    while (int(found.size()) < fetchSize) {
        if (!m_scanner->readRecord(&cells)) {
            m_atEnd = true;
            break;
        }
        found.push_back(m_scanner->recordOffset());
        if (cells.size() != m_header.size())
            ++m_raggedRows;
    }
    if (found.empty())
        return;
    beginInsertRows({}, int(m_offsets.size()), int(m_offsets.size() + found.size()) - 1);
    m_offsets.insert(m_offsets.end(), found.begin(), found.end());
    endInsertRows();
}

const QList<QList<QByteArray>> &CsvTableModel::block(int number) const {
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks.at(i).first == number) {
            if (i > 0)
                m_blocks.move(i, 0);
            return m_blocks.first().second;
        }
    }
    // Read with a file of its own: the scanner keeps its place in m_file.
    QList<QList<QByteArray>> rows;
    QFile file(m_file.fileName());
    const size_t first = size_t(number) * blockSize;
    if (file.open(QIODevice::ReadOnly) && file.seek(m_offsets.at(first))) {
        CsvReader reader(&file, m_separator);
        QList<QByteArray> cells;
        const size_t end = std::min(m_offsets.size(), first + blockSize);
        for (size_t row = first; row < end && reader.readRecord(&cells); ++row)
            rows.append(cells);
    }
    m_blocks.prepend({number, rows});
    if (m_blocks.size() > keptBlocks)
        m_blocks.removeLast();
    return m_blocks.first().second;
}

QVariant CsvTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || size_t(index.row()) >= m_offsets.size() ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != FullTextRole))
        return {};
    const QList<QList<QByteArray>> &rows = block(index.row() / blockSize);
    const int inBlock = index.row() % blockSize;
    if (inBlock >= rows.size() || index.column() >= rows.at(inBlock).size())
        return {};
    const QString text = QString::fromUtf8(rows.at(inBlock).at(index.column()));
    if (role == FullTextRole)
        return text;
    if (role == Qt::ToolTipRole)
        return text.size() > 60 || text.contains(u'\n') ? QVariant(text) : QVariant();
    // One line in the table; the tooltip shows every line.
    return text.contains(u'\n') ? QString(text).replace(u"\r\n"_s, u" ⏎ "_s).replace(u'\n', u" ⏎ "_s) : text;
}

QVariant CsvTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section < m_header.size() ? QVariant(m_header.at(section)) : QVariant();
}
