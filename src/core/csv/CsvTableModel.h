// A CSV file as a table model for a preview: columns from the header row, rows read as the view scrolls.
// Opening is quick whatever the size: the first rows are read at once, more when the view asks (fetchMore).
// Memory stays small: only the offset of each row read so far is kept, and a few blocks of parsed rows.
#pragma once

#include <QAbstractTableModel>
#include <QFile>
#include <QStringList>

#include <memory>
#include <vector>

class CsvReader;

class CsvTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit CsvTableModel(QObject *parent = nullptr);
    ~CsvTableModel() override;

    // Opens a file; false with errorString() when it cannot be read.
    bool open(const QString &path, char separator);
    QString errorString() const { return m_error; }
    // Whether every row has been read (rowCount() is then the file's row count).
    bool atEnd() const { return m_atEnd; }
    // Rows whose cell count differs from the header, among those read so far.
    qint64 raggedRows() const { return m_raggedRows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int fetchSize = 500;
    // A cell's whole text, line ends included (the display shows one line).
    static constexpr int FullTextRole = Qt::UserRole + 1;

private:
    static constexpr int blockSize = 256;
    static constexpr int keptBlocks = 8;
    const QList<QList<QByteArray>> &block(int number) const;

    QFile m_file;
    char m_separator = ';';
    std::unique_ptr<CsvReader> m_scanner; // reads on from where fetchMore stopped
    QStringList m_header;
    std::vector<qint64> m_offsets; // of each data row read so far
    bool m_atEnd = true;
    qint64 m_raggedRows = 0;
    QString m_error;
    mutable QList<std::pair<int, QList<QList<QByteArray>>>> m_blocks; // most recently used first
};
