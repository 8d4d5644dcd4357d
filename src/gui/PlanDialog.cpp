#include "PlanDialog.h"

#include "NoDefaultButton.h"
#include "UserDialogs.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The rows as a table: state, subject, what happens; the filter reads all of a row, details included.
class PlanModel : public QAbstractTableModel {
public:
    explicit PlanModel(QObject *parent)
        : QAbstractTableModel(parent) {}

    void setRows(QList<PlanDialog::Row> rows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<PlanDialog::Row> &rows() const { return m_rows; }
    void setBusy(bool busy) {
        m_busy = busy;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
    }

    int rowCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return section == 0   ? PlanDialog::tr("State")
               : section == 1 ? PlanDialog::tr("Test case or rule")
                              : PlanDialog::tr("What happens");
    }
    QVariant data(const QModelIndex &index, int role) const override {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const PlanDialog::Row &row = m_rows.at(index.row());
        if (role == Qt::UserRole) // what the filter reads
            return QStringList{PlanDialog::stateName(row.state), row.subject, row.what, row.details}.join(
                u'\n');
        if (role == Qt::ToolTipRole)
            return row.details.isEmpty() ? row.what : row.what + u"\n\n"_s + row.details;
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case 0:
            return m_busy && row.state == PlanDialog::Row::State::Write ? PlanDialog::tr("Writing…")
                                                                        : PlanDialog::stateName(row.state);
        case 1:
            return row.subject;
        default:
            return row.what;
        }
    }

private:
    QList<PlanDialog::Row> m_rows;
    bool m_busy = false;
};

PlanDialog::PlanDialog(const QString &title, const QString &summary, QList<Row> rows, UserDialogs *dialogs,
                       QWidget *parent)
    : QDialog(parent)
    , m_dialogs(dialogs)
    , m_model(new PlanModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(summary, this))
    , m_counts(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this)) {
    setWindowTitle(title);
    setSizeGripEnabled(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setPlaceholderText(tr("Filter by id, name or what happens"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_model->setRows(std::move(rows));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCounts();
    });
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // 3,000 rows cost no measuring
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(1, 320);
    // The details of the row picked: every field, old and new, each note.
    auto *details = new QPlainTextEdit(this);
    m_details = details;
    details->setReadOnly(true);
    details->setPlaceholderText(tr("Pick a row to read all of it."));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, details](const QModelIndex &current) {
                if (!current.isValid())
                    return details->clear();
                const Row &row = m_model->rows().at(m_proxy->mapToSource(current).row());
                details->setPlainText(row.subject + u"\n"_s + row.what +
                                      (row.details.isEmpty() ? QString() : u"\n\n"_s + row.details));
            });
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Write to TestOps"), QDialogButtonBox::AcceptRole);
    m_save = buttons->addButton(tr("&Save plan…"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        setBusy(true);
        emit applyRequested();
    });
    connect(m_save, &QPushButton::clicked, this, &PlanDialog::savePlan);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_counts);
    layout->addLayout(filterRow);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    noDefaultButton(this); // Enter in the filter writes nothing to TestOps
    updateCounts();
    m_apply->setEnabled(std::any_of(m_model->rows().cbegin(), m_model->rows().cend(),
                                    [](const Row &row) { return row.state == Row::State::Write; }));
    // Never larger than the screen: a plan of any length scrolls inside.
    const QRect screen = (parent ? parent->screen() : this->screen())->availableGeometry();
    resize(qMin(960, screen.width() * 9 / 10), qMin(640, screen.height() * 8 / 10));
}

PlanDialog::~PlanDialog() = default;

PlanDialog *PlanDialog::open(QWidget *owner, QPointer<PlanDialog> &slot, const QString &title,
                             const QString &summary, QList<Row> rows, UserDialogs *dialogs,
                             std::function<void()> apply) {
    if (slot)
        slot->close();
    auto *plan = new PlanDialog(title, summary, std::move(rows), dialogs, owner);
    plan->setAttribute(Qt::WA_DeleteOnClose);
    slot = plan;
    QPointer<PlanDialog> *held = &slot;
    connect(plan, &QDialog::finished, owner, [held, plan] {
        if (*held == plan)
            *held = nullptr; // closed: the next plan is a new one
    });
    connect(plan, &PlanDialog::applyRequested, owner, std::move(apply));
    plan->QDialog::open();
    return plan;
}

int PlanDialog::rowCount() const {
    return m_proxy->rowCount();
}

QString PlanDialog::stateName(Row::State state) {
    switch (state) {
    case Row::State::Write:
        return tr("To write");
    case Row::State::Leave:
        return tr("Left alone");
    case Row::State::Done:
        return tr("Done");
    case Row::State::Failed:
        return tr("Failed");
    case Row::State::NotTried:
        return tr("Not tried");
    case Row::State::Left:
        break;
    }
    return tr("Left alone");
}

void PlanDialog::reject() {
    if (!m_busy)
        QDialog::reject();
}

void PlanDialog::setBusy(bool busy) {
    m_busy = busy;
    m_model->setBusy(busy);
    m_apply->setEnabled(!busy && !m_results);
    m_close->setEnabled(!busy);
}

void PlanDialog::showResults(const QString &summary, QList<Row> rows) {
    m_results = true;
    m_busy = false;
    m_model->setBusy(false);
    m_model->setRows(std::move(rows));
    m_details->clear(); // the plan's words of the row picked are gone with the plan
    m_summary->setText(summary);
    m_apply->hide();
    m_close->setEnabled(true);
    m_close->setText(tr("&Close"));
    m_save->setText(tr("&Save result…"));
    updateCounts();
}

void PlanDialog::updateCounts() {
    QMap<Row::State, int> counts;
    for (const Row &row : m_model->rows())
        ++counts[row.state == Row::State::Left ? Row::State::Leave : row.state];
    const QLocale locale;
    QStringList parts;
    const auto add = [&](Row::State state, const char *text) {
        if (counts.value(state) > 0)
            parts.append(tr(text).arg(locale.toString(counts.value(state))));
    };
    add(Row::State::Write, QT_TR_NOOP("%1 to write"));
    add(Row::State::Done, QT_TR_NOOP("%1 done"));
    add(Row::State::Failed, QT_TR_NOOP("%1 failed"));
    add(Row::State::NotTried, QT_TR_NOOP("%1 not tried"));
    add(Row::State::Leave, QT_TR_NOOP("%1 left alone"));
    const int all = int(m_model->rows().size());
    QString text = tr("%Ln row(s): %1", nullptr, all).arg(locale.createSeparatedList(parts));
    if (m_proxy->rowCount() != all)
        text += u"  "_s + tr("(%1 shown)").arg(locale.toString(m_proxy->rowCount()));
    m_counts->setText(text);
}

QString PlanDialog::text() const {
    QStringList paragraphs{windowTitle(), m_summary->text(), m_counts->text()};
    for (const Row &row : m_model->rows()) {
        QString paragraph = stateName(row.state) + u"  "_s + row.subject + u"\n    "_s + row.what;
        if (!row.details.isEmpty())
            paragraph += u"\n    "_s + QString(row.details).replace(u'\n', u"\n    "_s);
        paragraphs.append(paragraph);
    }
    return paragraphs.join(u"\n\n"_s) + u'\n';
}

void PlanDialog::savePlan() {
    if (!m_dialogs)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_dialogs->saveFileName(
        this, m_results ? tr("Save the result") : tr("Save the plan"),
        folder + u'/' + (m_results ? tr("testops-result.txt") : tr("testops-plan.txt")));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text().toUtf8()) < 0)
        m_dialogs->information(this, windowTitle(),
                               tr("%1 cannot be written: %2").arg(path, file.errorString()));
}
