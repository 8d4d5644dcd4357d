#include "PreviewDialog.h"

#include "csv/CsvTableModel.h"
#include "ui_previewdialog.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PreviewDialog::PreviewDialog(const QString &path, char separator, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreviewDialog>())
    , m_model(new CsvTableModel(this))
    , m_fileName(QFileInfo(path).fileName()) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Preview of %1").arg(m_fileName));
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->tableView->setModel(m_model);
    m_ui->tableView->horizontalHeader()->setDefaultSectionSize(180);
    m_ui->tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PreviewDialog::updateInfo);
    connect(m_ui->tableView, &QAbstractItemView::activated, this, &PreviewDialog::showCell);
    const auto find = [this] { findNext(m_ui->findEdit->text()); };
    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, find);
    connect(m_ui->findNextButton, &QPushButton::clicked, this, find);
    connect(m_ui->findEdit, &QLineEdit::textChanged, m_ui->findStatus, &QLabel::clear);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_ui->findEdit->setFocus();
        m_ui->findEdit->selectAll();
    });
    if (!m_model->open(path, separator)) {
        m_ui->infoLabel->setText(m_model->errorString());
    } else {
        updateInfo();
        fitColumns();
    }
}

void PreviewDialog::fitColumns() {
    // Fitted to the rows read at first (measuring every row would read the whole file), within bounds: a
    // short id stays narrow, a long description does not push the other columns out of sight.
    constexpr int narrowest = 60;
    constexpr int widest = 360;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        m_ui->tableView->resizeColumnToContents(column);
        m_ui->tableView->setColumnWidth(column,
                                        qBound(narrowest, m_ui->tableView->columnWidth(column), widest));
    }
}

bool PreviewDialog::findNext(const QString &text) {
    if (text.isEmpty())
        return false;
    const QModelIndex current = m_ui->tableView->currentIndex();
    const int columns = m_model->columnCount();
    // From the cell after the current one to the end of the file, then from the start up to it.
    const int startRow = current.isValid() ? current.row() : 0;
    const int startColumn = current.isValid() ? current.column() + 1 : 0;
    const auto matches = [&](int row, int column) {
        return m_model->index(row, column)
            .data(CsvTableModel::FullTextRole)
            .toString()
            .contains(text, Qt::CaseInsensitive);
    };
    const auto select = [this](int row, int column) {
        const QModelIndex index = m_model->index(row, column);
        m_ui->tableView->setCurrentIndex(index);
        m_ui->tableView->scrollTo(index, QAbstractItemView::PositionAtCenter);
        m_ui->findStatus->clear();
        return true;
    };
    for (int row = startRow;; ++row) {
        if (row >= m_model->rowCount()) {
            if (!m_model->canFetchMore({}))
                break;
            m_model->fetchMore({}); // on through the file
            if (row >= m_model->rowCount())
                break;
        }
        for (int column = row == startRow ? startColumn : 0; column < columns; ++column) {
            if (matches(row, column))
                return select(row, column);
        }
    }
    for (int row = 0; row <= startRow && row < m_model->rowCount(); ++row) {
        const int end = row == startRow ? qMin(startColumn, columns) : columns;
        for (int column = 0; column < end; ++column) {
            if (matches(row, column))
                return select(row, column);
        }
    }
    m_ui->findStatus->setText(tr("No cell contains “%1”.").arg(text));
    return false;
}

void PreviewDialog::showCell(const QModelIndex &index) {
    if (!index.isValid())
        return;
    auto *viewer = new QDialog(this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setObjectName(u"cellViewer"_s);
    viewer->setWindowTitle(
        tr("%1, test case %2")
            .arg(m_model->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString())
            .arg(index.row() + 1));
    auto *text = new QPlainTextEdit(index.data(CsvTableModel::FullTextRole).toString(), viewer);
    text->setObjectName(u"cellText"_s);
    text->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, viewer);
    connect(buttons, &QDialogButtonBox::rejected, viewer, &QDialog::reject);
    auto *layout = new QVBoxLayout(viewer);
    layout->addWidget(text);
    layout->addWidget(buttons);
    viewer->resize(640, 420);
    viewer->show();
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
