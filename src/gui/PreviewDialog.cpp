#include "PreviewDialog.h"

#include "NoDefaultButton.h"

#include "csv/CsvTableModel.h"
#include "ui_previewdialog.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
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
    noDefaultButton(this); // Enter in the find field finds; it must not reach Close
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, [this] { // Close closes, searching or not
        m_search.active = false;
        QDialog::reject();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PreviewDialog::updateInfo);
    connect(m_ui->tableView, &QAbstractItemView::activated, this, &PreviewDialog::showCell);
    const auto find = [this] { findNext(m_ui->findEdit->text()); };
    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, find);
    connect(m_ui->findNextButton, &QPushButton::clicked, this, find);
    connect(m_ui->findEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->findStatus->clear();
        if (std::exchange(m_search.active, false)) // a search for the old text ends without a word
            emit findFinished(false);
    });
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

namespace {
constexpr int rowsPerSlice = 2000; // about 10 ms of a search between two turns of the event loop
}

void PreviewDialog::findNext(const QString &text) {
    if (text.isEmpty() || (m_search.active && m_search.text == text))
        return;
    const QModelIndex current = m_ui->tableView->currentIndex();
    const int columns = m_model->columnCount();
    if (columns == 0)
        return;
    m_search.active = true;
    m_search.text = text;
    m_search.start = current.isValid() ? qint64(current.row()) * columns + current.column() + 1 : 0;
    m_search.next = m_search.start;
    m_search.wrapped = false;
    ++m_search.generation;
    m_ui->findStatus->setText(tr("Searching…"));
    findLater();
}

void PreviewDialog::findLater() {
    // A slice of a search stopped meanwhile finds a newer generation and does nothing.
    QTimer::singleShot(0, this, [this, generation = m_search.generation] {
        if (generation == m_search.generation)
            findSlice();
    });
}

void PreviewDialog::findSlice() {
    if (!m_search.active)
        return;
    const int columns = m_model->columnCount();
    const qint64 sliceEnd = m_search.next + qint64(rowsPerSlice) * columns;
    for (; m_search.next < sliceEnd; ++m_search.next) {
        if (m_search.wrapped && m_search.next >= m_search.start)
            return endFinding(false);
        const int row = int(m_search.next / columns);
        if (row >= m_model->rowCount()) {
            if (!m_search.wrapped && m_model->canFetchMore({}))
                m_model->fetchMore({}); // on through the file
            if (row >= m_model->rowCount()) {
                if (m_search.wrapped || m_search.start == 0)
                    return endFinding(false);
                m_search.wrapped = true; // from the start up to where it began, in the next slices
                m_search.next = 0;
                break;
            }
        }
        const QModelIndex index = m_model->index(row, int(m_search.next % columns));
        if (index.data(CsvTableModel::FullTextRole).toString().contains(m_search.text, Qt::CaseInsensitive)) {
            m_ui->tableView->setCurrentIndex(index);
            m_ui->tableView->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return endFinding(true);
        }
    }
    const int reached = int(m_search.next / columns) + 1;
    m_ui->findStatus->setText(tr("Searching… test case %1").arg(QLocale().toString(reached)));
    emit findProgress(reached);
    findLater();
}

void PreviewDialog::endFinding(bool found) {
    m_search.active = false;
    m_ui->findStatus->setText(found ? QString() : tr("No cell contains “%1”.").arg(m_search.text));
    emit findFinished(found);
}

void PreviewDialog::stopFinding() {
    if (!m_search.active)
        return;
    m_search.active = false;
    m_ui->findStatus->setText(tr("Search stopped."));
    emit findFinished(false);
}

void PreviewDialog::reject() {
    if (m_search.active) // Esc stops the search first; the next Esc closes
        return stopFinding();
    QDialog::reject();
}

void PreviewDialog::showCell(const QModelIndex &index) {
    if (!index.isValid())
        return;
    auto *viewer = new QDialog(this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setObjectName(u"cellViewer"_s);
    // Titled by the case's id (its allure_id), as TestOps names it; the row's number where there is none.
    QString caseId;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString() == u"allure_id"_s)
            caseId = m_model->index(index.row(), column).data().toString();
    }
    const QString field = m_model->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString();
    viewer->setWindowTitle(caseId.isEmpty() ? tr("%1, row %2").arg(field).arg(index.row() + 1)
                                            : tr("%1 of test case %2").arg(field, caseId));
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
