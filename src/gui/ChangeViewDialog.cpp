#include "ChangeViewDialog.h"

#include "ChangeCasesModel.h"
#include "NoDefaultButton.h"
#include "PlanDialog.h"
#include "UserDialogs.h"

#include "exports/ChangeDetails.h"
#include "service/ExportFront.h"
#include "ui_changeviewdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
// An export's time as a person says it ("02.12.2026 07:00"); the file name when it has none.
QString whenOf(const QString &file) {
    ExportFile parsed;
    return ExportFile::parse(file, &parsed)
               ? QLocale().toString(parsed.timestamp.toLocalTime(), QLocale::ShortFormat)
               : file;
}

// `text` as HTML with [from, to) marked: what differs inside a changed cell.
QString marked(const QString &text, qsizetype from, qsizetype to, const QColor &colour) {
    const auto html = [](const QString &part) { return part.toHtmlEscaped().replace(u'\n', u"<br>"_s); };
    return html(text.left(from)) + u"<span style=\"background-color:%1\">"_s.arg(colour.name()) +
           html(text.mid(from, to - from)) + u"</span>"_s + html(text.mid(to));
}
} // namespace

ChangeViewDialog::ChangeViewDialog(ExportFront *front, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangeViewDialog>())
    , m_front(front)
    , m_fileName(fileName) {
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    // Titled by the group and the export's time, as a person thinks of it; the file names stay in the
    // tooltip.
    ExportFile parsedName;
    const bool named = ExportFile::parse(fileName, &parsedName);
    setWindowTitle(named ? tr("Changes in %1, %2").arg(parsedName.group, whenOf(fileName))
                         : tr("Changes in %1").arg(fileName));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_saveReport = m_ui->buttons->addButton(tr("Save re&port…"), QDialogButtonBox::ActionRole);
    m_saveReport->setToolTip(tr("The list of changes as a CSV file or an HTML page (by the name's ending)"));
    connect(m_saveReport, &QPushButton::clicked, this, [this] {
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QFileInfo(m_fileName).completeBaseName() + u"_changes.html"_s);
        const QString path =
            m_dialogs ? m_dialogs->saveFileName(this, m_saveReport->text().remove(u'&'), suggested,
                                                tr("HTML page (*.html);;CSV file (*.csv)"))
                      : QFileDialog::getSaveFileName(this, m_saveReport->text().remove(u'&'), suggested,
                                                     tr("HTML page (*.html);;CSV file (*.csv)"));
        if (path.isEmpty())
            return;
        const QString error = saveReport(path);
        if (!error.isEmpty() && m_dialogs)
            m_dialogs->information(this, windowTitle(), error);
    });
    m_ui->fieldsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->fieldsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->fieldsTable->verticalHeader()->hide();
    m_ui->casesView->verticalHeader()->hide();
    m_ui->casesView->horizontalHeader()->setStretchLastSection(true);

    m_proxy = new ChangeCasesFilter(this);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->casesView->setModel(m_proxy);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<ChangeCasesFilter *>(m_proxy)->setKind(m_ui->kindCombo->currentData().toInt());
    });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setFilterFixedString(text); });
    connect(m_ui->casesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChangeViewDialog::showSelectedCase);

    QString error;
    m_kept = front->changeDetails(fileName, &error);
    const QList<ExportFile> baselines = front->baselinesOf(fileName);
    // Any earlier export of the group can be the baseline, the kept comparison's first.
    const QString keptPrevious = m_kept ? m_kept->result().previousFile : QString();
    for (const ExportFile &file : baselines)
        m_ui->baselineCombo->addItem(file.fileName == keptPrevious
                                         ? tr("%1 (the previous export)").arg(whenOf(file.fileName))
                                         : whenOf(file.fileName),
                                     file.fileName);
    m_ui->baselineCombo->setEnabled(!baselines.isEmpty());
    if (!keptPrevious.isEmpty())
        m_ui->baselineCombo->setCurrentIndex(m_ui->baselineCombo->findData(keptPrevious));
    connect(m_ui->baselineCombo, &QComboBox::currentIndexChanged, this,
            [this] { compareWith(m_ui->baselineCombo->currentData().toString()); });
    if (m_kept) {
        showDetails(m_kept);
    } else if (!baselines.isEmpty()) {
        compareWith(baselines.constFirst().fileName); // not checked yet: compared now
    } else {
        m_ui->titleLabel->setText(error);
        m_ui->kindCombo->setEnabled(false);
        m_ui->searchEdit->setEnabled(false);
        m_saveReport->setEnabled(false);
    }
    noDefaultButton(this); // Enter in the search field does not press "Save report…"
}

void ChangeViewDialog::compareWith(const QString &baseline) {
    if (m_kept && baseline == m_kept->result().previousFile) {
        showDetails(m_kept);
        return;
    }
    const int generation = ++m_generation;
    QString error;
    const ExportFront::Comparison comparison =
        m_front ? m_front->comparison(m_fileName, baseline, maxComparedBytes, &error) : nullptr;
    if (!comparison) {
        m_ui->titleLabel->setText(
            tr("%1 could not be compared with %2: %3").arg(whenOf(m_fileName), whenOf(baseline), error));
        m_ui->titleLabel->setToolTip(m_fileName + u" ← "_s + baseline);
        m_ui->notesLabel->hide();
        // Nothing of another comparison stays beside these words: the list goes, and what works on it.
        m_proxy->setSourceModel(nullptr);
        delete std::exchange(m_model, nullptr);
        m_details.reset();
        m_ui->fieldsTable->setRowCount(0);
        m_ui->kindCombo->setEnabled(false);
        m_ui->searchEdit->setEnabled(false);
        m_saveReport->setEnabled(false);
        updateRestoreButtons();
        emit compared();
        return;
    }
    m_ui->titleLabel->setText(tr("Comparing with the export of %1…").arg(whenOf(baseline)));
    m_ui->baselineCombo->setEnabled(false);
    // Both files are read (seconds for 200 MB): off the event loop.
    QPointer<ChangeViewDialog> self(this);
    QThread *thread = QThread::create([self, generation, comparison] {
        std::shared_ptr<const ChangeDetails> details = comparison();
        QMetaObject::invokeMethod(qApp, [self, generation, details] {
            if (self && generation == self->m_generation) {
                self->m_ui->baselineCombo->setEnabled(true);
                self->showDetails(details);
                emit self->compared();
            }
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ChangeViewDialog::showDetails(std::shared_ptr<const ChangeDetails> details) {
    const ExportComparison::Result &result = details->result();
    const QString fileName = m_fileName;
    const QLocale locale;
    if (!result.compared())
        m_ui->titleLabel->setText(
            result.previousFile.isEmpty()
                ? tr("%1 is the group's first export: there is nothing to compare it with.").arg(fileName)
                : tr("%1 could not be compared with %2: %3")
                      .arg(fileName, result.previousFile, result.error));
    else
        m_ui->titleLabel->setText(
            tr("%1 against %2: %3 added, %4 removed, %5 changed.")
                .arg(whenOf(fileName), whenOf(result.previousFile), locale.toString(result.added.size()),
                     locale.toString(result.removed.size()), locale.toString(result.changed.size())));
    m_ui->titleLabel->setToolTip(result.previousFile.isEmpty() ? fileName
                                                               : fileName + u" ← "_s + result.previousFile);
    QStringList notes;
    if (result.compared() && !details->previousAvailable())
        notes.append(tr("The previous file was deleted, so old texts cannot be shown."));
    if (!result.columnsAdded.isEmpty())
        notes.append(tr("Columns added: %1").arg(result.columnsAdded.join(u", "_s)));
    if (!result.columnsRemoved.isEmpty())
        notes.append(tr("Columns removed: %1").arg(result.columnsRemoved.join(u", "_s)));
    notes += result.problems();
    m_ui->notesLabel->setText(notes.join(u'\n'));
    m_ui->notesLabel->setVisible(!notes.isEmpty());

    // The model refers to the result: the new one is in place before the old details go.
    ChangeCasesModel *old = m_model;
    m_model = new ChangeCasesModel(result, this);
    m_proxy->setSourceModel(m_model);
    delete old;
    m_details = std::move(details);
    m_ui->casesView->setColumnWidth(ChangeCasesModel::NameColumn, 380);
    const int kind = m_ui->kindCombo->currentIndex();
    const QSignalBlocker blocker(m_ui->kindCombo);
    m_ui->kindCombo->clear();
    m_ui->kindCombo->addItem(tr("All (%1)").arg(locale.toString(m_model->rowCount())), -1);
    m_ui->kindCombo->addItem(tr("Added (%1)").arg(locale.toString(result.added.size())), 0);
    m_ui->kindCombo->addItem(tr("Removed (%1)").arg(locale.toString(result.removed.size())), 1);
    m_ui->kindCombo->addItem(tr("Changed (%1)").arg(locale.toString(result.changed.size())), 2);
    m_ui->kindCombo->setCurrentIndex(qMax(0, kind));
    m_ui->kindCombo->setEnabled(true);
    m_ui->searchEdit->setEnabled(true);
    m_saveReport->setEnabled(result.compared());
    m_ui->fieldsTable->setRowCount(0);
    if (m_proxy->rowCount() > 0)
        m_ui->casesView->selectRow(0);
    updateRestoreButtons();
}

QString ChangeViewDialog::saveReport(const QString &path) const {
    if (!m_details || !m_details->result().compared())
        return tr("There is no comparison to save.");
    const bool csv = path.endsWith(u".csv"_s, Qt::CaseInsensitive);
    // An audit wants the values: a changed case's fields, each old beside new (read from the two files).
    const auto fieldsOf = [this](const ExportComparison::Case &c, int kind) {
        return kind == 2 ? m_details->fields(c) : QList<ChangeDetails::Field>();
    };
    QString text;
    if (csv) {
        const QChar separator = QChar::fromLatin1(m_details->result().separator);
        const auto cell = [separator](QString value) {
            if (value.contains(separator) || value.contains(u'"') || value.contains(u'\n'))
                value = u'"' + value.replace(u"\""_s, u"\"\""_s) + u'"';
            return value;
        };
        // A BOM, so that Excel reads the file as UTF-8 (Cyrillic names are common).
        text =
            QChar(0xFEFF) +
            QStringList{tr("change"), tr("id"), tr("name"), tr("field"), tr("before"), tr("now"), tr("link")}
                .join(separator) +
            u"\r\n"_s;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const auto [c, kind] = m_model->at(row);
            const QUrl link = m_caseLink ? m_caseLink(c->id) : QUrl();
            const QStringList head{cell(ChangeCasesModel::kindName(kind)), cell(c->id), cell(c->name)};
            const QList<ChangeDetails::Field> fields = fieldsOf(*c, kind);
            if (fields.isEmpty())
                text += (head + QStringList{QString(), QString(), QString(), cell(link.toString())})
                            .join(separator) +
                        u"\r\n"_s;
            for (const ChangeDetails::Field &field : fields) // a row per field that differs
                text += (head + QStringList{cell(field.name), cell(field.before), cell(field.after),
                                            cell(link.toString())})
                            .join(separator) +
                        u"\r\n"_s;
        }
    } else {
        QString rows;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const auto [c, kind] = m_model->at(row);
            const QUrl link = m_caseLink ? m_caseLink(c->id) : QUrl();
            const QString id =
                link.isValid()
                    ? u"<a href=\"%1\">%2</a>"_s.arg(link.toString().toHtmlEscaped(), c->id.toHtmlEscaped())
                    : c->id.toHtmlEscaped();
            QString fields;
            for (const ChangeDetails::Field &field : fieldsOf(*c, kind))
                fields += u"<div><b>%1</b>: <del>%2</del> → <ins>%3</ins></div>"_s.arg(
                    field.name.toHtmlEscaped(), field.before.toHtmlEscaped(), field.after.toHtmlEscaped());
            rows += u"<tr class=\"%1\"><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n"_s.arg(
                QStringList{u"added"_s, u"removed"_s, u"changed"_s}.at(kind),
                ChangeCasesModel::kindName(kind).toHtmlEscaped(), id, c->name.toHtmlEscaped(), fields);
        }
        text = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
               "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
               "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
               "del{background:#fdecec}ins{background:#eaf6f2;text-decoration:none}"
               ".added td:first-child{color:#1b5e20}.removed td:first-child{color:#b00020}"
               ".changed td:first-child{color:#8a4b00}</style></head><body><h1>%1</h1><p>%2</p>"
               "<table><thead><tr><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead><tbody>\n%7"
               "</tbody></table></body></html>\n"_s.arg(
                   windowTitle().toHtmlEscaped(), m_ui->titleLabel->text().toHtmlEscaped(), tr("Change"),
                   tr("ID"), tr("Name"), tr("Fields: before → now"), rows);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return QString();
}

ChangeViewDialog::~ChangeViewDialog() = default;

void ChangeViewDialog::setTestOpsLinks(std::function<QUrl(const QString &caseId)> link,
                                       UserDialogs *dialogs) {
    m_caseLink = std::move(link);
    m_dialogs = dialogs;
    auto *open = new QAction(tr("Open in &TestOps"), this);
    open->setObjectName(u"openInTestOps"_s);
    m_ui->casesView->addAction(open);
    m_ui->casesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(open, &QAction::triggered, this, &ChangeViewDialog::openCaseInTestOps);
    connect(m_ui->casesView, &QAbstractItemView::doubleClicked, this, &ChangeViewDialog::openCaseInTestOps);
}

void ChangeViewDialog::openCaseInTestOps() {
    if (!m_caseLink || !m_model)
        return;
    const QModelIndex current = m_proxy->mapToSource(m_ui->casesView->currentIndex());
    if (!current.isValid())
        return;
    const QUrl url = m_caseLink(m_model->at(current.row()).first->id);
    if (url.isValid())
        m_dialogs->openUrl(url);
}

void ChangeViewDialog::showSelectedCase() {
    QTableWidget *table = m_ui->fieldsTable;
    table->setRowCount(0);
    const QModelIndex current = m_proxy->mapToSource(m_ui->casesView->currentIndex());
    if (!m_model || !current.isValid())
        return;
    const ExportComparison::Case *c = m_model->at(current.row()).first;
    QString error;
    const QList<ChangeDetails::Field> fields = m_details->fields(*c, &error);
    table->setRowCount(int(fields.size()));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (int row = 0; row < fields.size(); ++row) {
        const ChangeDetails::Field &field = fields.at(row);
        table->setItem(row, 0, new QTableWidgetItem(field.name));
        table->setItem(row, 1, new QTableWidgetItem(field.before));
        table->setItem(row, 2, new QTableWidgetItem(field.after));
        if (c->oldOffset < 0 || c->newOffset < 0 || field.before == field.after)
            continue;
        // What differs inside the cell: between the longest common start and the longest common end.
        const qsizetype start = field.sameStart();
        const qsizetype end = field.sameEnd();
        const QColor removed = dark ? QColor(0x6d, 0x1b, 0x1b) : QColor(0xff, 0xcd, 0xd2);
        const QColor added = dark ? QColor(0x1b, 0x4d, 0x26) : QColor(0xc8, 0xe6, 0xc9);
        const auto label = [this](const QString &html) {
            auto *cell = new QLabel(html, this);
            cell->setTextFormat(Qt::RichText);
            cell->setWordWrap(true);
            cell->setTextInteractionFlags(Qt::TextSelectableByMouse);
            cell->setMargin(2);
            return cell;
        };
        table->item(row, 1)->setForeground(Qt::transparent); // the label shows it, marked
        table->item(row, 2)->setForeground(Qt::transparent);
        table->setCellWidget(row, 1, label(marked(field.before, start, field.before.size() - end, removed)));
        table->setCellWidget(row, 2, label(marked(field.after, start, field.after.size() - end, added)));
    }
    table->resizeRowsToContents(); // multi-line cells show every line
    if (!error.isEmpty())
        m_ui->notesLabel->setText(error);
}
