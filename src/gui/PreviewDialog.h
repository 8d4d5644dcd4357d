// An export shown as a table inside the app: columns from the header row, the first rows at once, the rest as
// the view scrolls (CsvTableModel).
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreviewDialog;
}
class CsvTableModel;

class PreviewDialog : public QDialog {
    Q_OBJECT
public:
    PreviewDialog(const QString &path, char separator, QWidget *parent = nullptr);
    ~PreviewDialog() override;

    CsvTableModel *model() const { return m_model; }
    Ui::PreviewDialog *ui() const { return m_ui.get(); }

    // Looks for `text` in the cells after the current one, reading on through the file and wrapping once, a
    // slice of rows at a time so that the window stays responsive (a 200 MB export takes seconds); selects
    // the cell it finds. Esc or a change of the text stops it; `findFinished` says how it ended.
    void findNext(const QString &text);
    bool isFinding() const { return m_search.active; }
    // The whole text of a cell in a window of its own (a double click or Enter on the cell).
    void showCell(const QModelIndex &index);

signals:
    void findFinished(bool found);
    void findProgress(int testCase); // a slice searched, up to this test case (1-based)

protected:
    void reject() override;

private:
    void stopFinding(); // Esc while searching
    void findLater();
    void findSlice();
    void endFinding(bool found);
    void updateInfo();
    void fitColumns();

    std::unique_ptr<Ui::PreviewDialog> m_ui;
    CsvTableModel *m_model;
    QString m_fileName;
    // The search in progress: cells are numbered row * columns + column, from the one after the current cell
    // to the end of the file, then from the first up to where it started.
    struct Search {
        bool active = false;
        QString text;
        qint64 start = 0;
        qint64 next = 0;
        bool wrapped = false;
        quint64 generation = 0;
    } m_search;
};
