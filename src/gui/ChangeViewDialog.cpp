#include "ChangeViewDialog.h"

#include "UserDialogs.h"
#include "restore/RestoreSession.h"

#include "exports/ChangeDetails.h"
#include "exports/ExportFileStore.h"
#include "ui_changeviewdialog.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

// The cases of one comparison in the order added, removed, changed; a case is referred to, never copied.
class ChangeCasesModel : public QAbstractTableModel {
public:
    enum Column { KindColumn, IdColumn, NameColumn, FieldsColumn, ColumnCount };
    static constexpr int KindRole = Qt::UserRole + 1;

    explicit ChangeCasesModel(const ExportComparison::Result &result, QObject *parent)
        : QAbstractTableModel(parent)
        , m_result(result) {}

    int rowCount(const QModelIndex &parent = {}) const override {
        return parent.isValid()
                   ? 0
                   : int(m_result.added.size() + m_result.removed.size() + m_result.changed.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : ColumnCount;
    }

    // The case of a row and its kind (0 added, 1 removed, 2 changed).
    std::pair<const ExportComparison::Case *, int> at(int row) const {
        if (row < m_result.added.size())
            return {&m_result.added.at(row), 0};
        row -= int(m_result.added.size());
        if (row < m_result.removed.size())
            return {&m_result.removed.at(row), 1};
        row -= int(m_result.removed.size());
        return {&m_result.changed.at(row), 2};
    }

    QVariant data(const QModelIndex &index, int role) const override {
        if (!index.isValid())
            return {};
        const auto [c, kind] = at(index.row());
        if (role == KindRole)
            return kind;
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case KindColumn:
            return kind == 0 ? tr("added") : kind == 1 ? tr("removed") : tr("changed");
        case IdColumn:
            return c->id;
        case NameColumn:
            return c->name;
        case FieldsColumn:
            return c->fields.join(u", "_s);
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case KindColumn:
            return tr("Change");
        case IdColumn:
            return tr("ID");
        case NameColumn:
            return tr("Name");
        case FieldsColumn:
            return tr("Fields that differ");
        }
        return {};
    }

private:
    static QString tr(const char *text) { return QCoreApplication::translate("ChangeCasesModel", text); }
    const ExportComparison::Result &m_result;
};

// Filters by kind (-1: all) and by text in the id or name.
class ChangeCasesFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setKind(int kind) {
        m_kind = kind;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override {
        const QModelIndex kind = sourceModel()->index(row, 0, parent);
        if (m_kind >= 0 && kind.data(ChangeCasesModel::KindRole).toInt() != m_kind)
            return false;
        const QRegularExpression &pattern = filterRegularExpression();
        if (pattern.pattern().isEmpty())
            return true;
        return sourceModel()
                   ->index(row, ChangeCasesModel::IdColumn, parent)
                   .data()
                   .toString()
                   .contains(pattern) ||
               sourceModel()
                   ->index(row, ChangeCasesModel::NameColumn, parent)
                   .data()
                   .toString()
                   .contains(pattern);
    }

private:
    int m_kind = -1;
};

ChangeViewDialog::ChangeViewDialog(const ExportFileStore &store, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangeViewDialog>()) {
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    // Titled by the group and the export's time, as a person thinks of it; the file names stay in the
    // tooltip.
    const auto when = [](const QString &file) {
        ExportFile parsed;
        return ExportFileStore::parseFileName(file, &parsed)
                   ? QLocale().toString(parsed.timestamp.toLocalTime(), QLocale::ShortFormat)
                   : file;
    };
    ExportFile parsedName;
    const bool named = ExportFileStore::parseFileName(fileName, &parsedName);
    setWindowTitle(named ? tr("Changes in %1, %2").arg(parsedName.group, when(fileName))
                         : tr("Changes in %1").arg(fileName));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->fieldsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->fieldsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->fieldsTable->verticalHeader()->hide();

    QString error;
    m_details = ChangeDetails::load(store, fileName, &error);
    if (!m_details) {
        m_ui->titleLabel->setText(error);
        m_ui->kindCombo->setEnabled(false);
        m_ui->searchEdit->setEnabled(false);
        return;
    }
    const ExportComparison::Result &result = m_details->result();
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
                .arg(when(fileName), when(result.previousFile), locale.toString(result.added.size()),
                     locale.toString(result.removed.size()), locale.toString(result.changed.size())));
    m_ui->titleLabel->setToolTip(result.previousFile.isEmpty() ? fileName
                                                               : fileName + u" ← "_s + result.previousFile);
    QStringList notes;
    if (result.compared() && !m_details->previousAvailable())
        notes.append(tr("The previous file was deleted, so old texts cannot be shown."));
    if (!result.columnsAdded.isEmpty())
        notes.append(tr("Columns added: %1").arg(result.columnsAdded.join(u", "_s)));
    if (!result.columnsRemoved.isEmpty())
        notes.append(tr("Columns removed: %1").arg(result.columnsRemoved.join(u", "_s)));
    notes += result.problems();
    m_ui->notesLabel->setText(notes.join(u'\n'));
    m_ui->notesLabel->setVisible(!notes.isEmpty());

    m_model = new ChangeCasesModel(result, this);
    auto *filter = new ChangeCasesFilter(this);
    filter->setSourceModel(m_model);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy = filter;
    m_ui->casesView->setModel(m_proxy);
    m_ui->casesView->verticalHeader()->hide();
    m_ui->casesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->casesView->setColumnWidth(ChangeCasesModel::NameColumn, 380);
    m_ui->kindCombo->addItem(tr("All (%1)").arg(locale.toString(m_model->rowCount())), -1);
    m_ui->kindCombo->addItem(tr("Added (%1)").arg(locale.toString(result.added.size())), 0);
    m_ui->kindCombo->addItem(tr("Removed (%1)").arg(locale.toString(result.removed.size())), 1);
    m_ui->kindCombo->addItem(tr("Changed (%1)").arg(locale.toString(result.changed.size())), 2);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this,
            [this, filter] { filter->setKind(m_ui->kindCombo->currentData().toInt()); });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this,
            [filter](const QString &text) { filter->setFilterFixedString(text); });
    connect(m_ui->casesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChangeViewDialog::showSelectedCase);
    if (m_proxy->rowCount() > 0)
        m_ui->casesView->selectRow(0);
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
    if (!m_caseLink || !m_proxy)
        return;
    const QModelIndex current = m_proxy->mapToSource(m_ui->casesView->currentIndex());
    if (!current.isValid())
        return;
    const QUrl url = m_caseLink(m_model->at(current.row()).first->id);
    if (url.isValid())
        m_dialogs->openUrl(url);
}

void ChangeViewDialog::setRestore(std::unique_ptr<RestoreSession> session, const QString &whyNot,
                                  UserDialogs *dialogs) {
    m_restore = std::move(session);
    m_whyNoRestore = whyNot;
    m_dialogs = dialogs;
    if (!m_restoreSelected) {
        m_restoreSelected =
            m_ui->buttons->addButton(tr("&Restore selected in TestOps…"), QDialogButtonBox::ActionRole);
        m_restoreRemoved =
            m_ui->buttons->addButton(tr("Restore all &removed in TestOps…"), QDialogButtonBox::ActionRole);
        connect(m_restoreSelected, &QPushButton::clicked, this, [this] { restoreInTestOps(false); });
        connect(m_restoreRemoved, &QPushButton::clicked, this, [this] { restoreInTestOps(true); });
        if (m_proxy)
            connect(m_ui->casesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                    &ChangeViewDialog::updateRestoreButtons);
    }
    if (m_restore) {
        connect(m_restore.get(), &RestoreSession::planned, this, [this] {
            if (!m_restore->error().isEmpty()) {
                updateRestoreButtons();
                m_dialogs->information(this, windowTitle(), m_restore->error());
                return;
            }
            QStringList lines;
            int writes = 0;
            for (const RestoreSession::Step &step : m_restore->steps()) {
                lines.append(RestoreSession::planLine(step));
                writes += step.action == RestoreSession::Step::Action::Restore ||
                          step.action == RestoreSession::Step::Action::Create ||
                          step.action == RestoreSession::Step::Action::Patch;
            }
            if (writes == 0) {
                updateRestoreButtons();
                m_dialogs->information(this, windowTitle(),
                                       tr("Nothing can be written back:") + u"\n\n"_s + lines.join(u'\n'));
                return;
            }
            if (!m_dialogs->confirm(
                    this, windowTitle(),
                    tr("Write these %1 case(s) to TestOps? Each case's fields are saved as a version "
                       "in TestOps first.")
                            .arg(writes) +
                        u"\n\n"_s + lines.join(u'\n'))) {
                updateRestoreButtons();
                return;
            }
            m_restore->apply();
        });
        connect(m_restore.get(), &RestoreSession::applied, this, [this] {
            QStringList lines;
            for (const RestoreSession::Step &step : m_restore->steps())
                lines.append(RestoreSession::resultLine(step));
            updateRestoreButtons();
            m_dialogs->information(this, windowTitle(), lines.join(u'\n'));
        });
    }
    updateRestoreButtons();
}

void ChangeViewDialog::updateRestoreButtons() {
    if (!m_restoreSelected)
        return;
    int selected = 0;
    if (m_proxy) {
        for (const QModelIndex &row : m_ui->casesView->selectionModel()->selectedRows())
            selected += m_model->at(m_proxy->mapToSource(row).row()).second != 0 ? 1 : 0;
    }
    const bool removed = m_details && !m_details->result().removed.isEmpty();
    m_restoreSelected->setEnabled(m_restore && selected > 0);
    m_restoreRemoved->setEnabled(m_restore && removed);
    const QString why = !m_restore ? m_whyNoRestore : QString();
    m_restoreSelected->setToolTip(!why.isEmpty() ? why
                                  : selected == 0
                                      ? tr("Select removed or changed cases (added ones cannot be undone "
                                           "here).")
                                      : tr("Shows exactly what will be written to TestOps, then asks."));
    m_restoreRemoved->setToolTip(!why.isEmpty() ? why
                                 : removed ? tr("Shows exactly what will be written to TestOps, then asks.")
                                           : tr("No case was removed."));
}

void ChangeViewDialog::restoreInTestOps(bool allRemoved) {
    if (!m_restore)
        return;
    QStringList ids;
    if (!allRemoved) {
        for (const QModelIndex &row : m_ui->casesView->selectionModel()->selectedRows()) {
            const auto [c, kind] = m_model->at(m_proxy->mapToSource(row).row());
            if (kind != 0)
                ids.append(c->id);
        }
        if (ids.isEmpty())
            return;
    }
    m_restoreSelected->setEnabled(false);
    m_restoreRemoved->setEnabled(false);
    m_restore->plan(allRemoved ? RestoreSession::Selection::Removed : RestoreSession::Selection::Both, ids);
}

void ChangeViewDialog::showSelectedCase() {
    QTableWidget *table = m_ui->fieldsTable;
    table->setRowCount(0);
    const QModelIndex current = m_proxy->mapToSource(m_ui->casesView->currentIndex());
    if (!current.isValid())
        return;
    const ExportComparison::Case *c = m_model->at(current.row()).first;
    QString error;
    const QList<ChangeDetails::Field> fields = m_details->fields(*c, &error);
    table->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(fields.at(row).name));
        table->setItem(row, 1, new QTableWidgetItem(fields.at(row).before));
        table->setItem(row, 2, new QTableWidgetItem(fields.at(row).after));
    }
    table->resizeRowsToContents(); // multi-line cells show every line
    if (!error.isEmpty())
        m_ui->notesLabel->setText(error);
}
