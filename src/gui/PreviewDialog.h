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

    // Finds `text` in a cell after the current one (reading on through the file), wrapping once; selects it.
    bool findNext(const QString &text);
    // The whole text of a cell in a window of its own (a double click or Enter on the cell).
    void showCell(const QModelIndex &index);

private:
    void updateInfo();
    void fitColumns();

    std::unique_ptr<Ui::PreviewDialog> m_ui;
    CsvTableModel *m_model;
    QString m_fileName;
};
