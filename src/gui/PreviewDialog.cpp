#include "PreviewDialog.h"

#include "csv/CsvTableModel.h"
#include "ui_previewdialog.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>

PreviewDialog::PreviewDialog(const QString &path, char separator, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreviewDialog>())
    , m_model(new CsvTableModel(this))
    , m_fileName(QFileInfo(path).fileName()) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Preview of %1").arg(m_fileName));
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->tableView->setModel(m_model);
    // Fixed sizes: measuring the contents of every row would read the whole file.
    m_ui->tableView->horizontalHeader()->setDefaultSectionSize(180);
    m_ui->tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PreviewDialog::updateInfo);
    if (!m_model->open(path, separator))
        m_ui->infoLabel->setText(m_model->errorString());
    else
        updateInfo();
}

PreviewDialog::~PreviewDialog() = default;

void PreviewDialog::updateInfo() {
    const QLocale locale;
    QString text = m_model->atEnd()
                       ? tr("%1: %2 test cases, %3 columns.")
                             .arg(m_fileName, locale.toString(m_model->rowCount()),
                                  locale.toString(m_model->columnCount()))
                       : tr("%1: the first %2 test cases, %3 columns; more are read as you scroll.")
                             .arg(m_fileName, locale.toString(m_model->rowCount()),
                                  locale.toString(m_model->columnCount()));
    if (m_model->raggedRows() > 0)
        text += u' ' + tr("%n row(s) have a different number of cells than the header.", nullptr,
                          int(m_model->raggedRows()));
    m_ui->infoLabel->setText(text);
}
