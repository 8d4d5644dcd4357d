#include "SnapshotBrowser.h"

#include "SnapshotRestoreFlow.h"
#include "UserDialogs.h"
#include "service/SnapshotFront.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// A snapshot's time in the user's short format, with its seconds (two snapshots of one minute differ there):
// "12/6/26 7:45:52 PM", "06.12.2026 19:45:52".
QString when(const QString &iso) {
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(u's'))
        format.replace(u"mm"_s, u"mm:ss"_s);
    return QLocale().toString(QDateTime::fromString(iso, Qt::ISODate).toLocalTime(), format);
}
} // namespace

SnapshotBrowser::SnapshotBrowser(SnapshotFront *snapshots, UserDialogs *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_snapshots(snapshots)
    , m_group(new QComboBox(this))
    , m_snapshot(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_cases(new QTreeWidget(this))
    , m_compare(new QComboBox(this))
    , m_text(new QTextEdit(this))
    , m_message(new QLabel(this))
    , m_restoreButton(nullptr)
    , m_dialogs(dialogs)
    , m_restore(new SnapshotRestoreFlow(this, snapshots, dialogs))
    , m_attachments(new QListWidget(this))
    , m_saveAttachment(new QPushButton(tr("Sa&ve attachment…"), this))
    , m_openAttachment(new QPushButton(tr("&Open attachment"), this)) {
    setWindowTitle(tr("Snapshots"));
    resize(1000, 640);
    m_search->setPlaceholderText(tr("Find by id or name"));
    m_search->setClearButtonEnabled(true);
    m_text->setReadOnly(true);
    m_text->setPlaceholderText(
        tr("Pick a test case to see it as this snapshot kept it; pick another snapshot "
           "under Compare with to see what changed."));
    m_text->setLineWrapMode(QTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *pickers = new QHBoxLayout;
    const auto labelled = [this, pickers](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        pickers->addWidget(label);
        pickers->addWidget(field, 1);
    };
    labelled(tr("&Group"), m_group);
    labelled(tr("S&napshot"), m_snapshot);
    labelled(tr("&Find"), m_search);

    auto *casePane = new QWidget(this);
    auto *caseLayout = new QVBoxLayout(casePane);
    caseLayout->setContentsMargins(0, 0, 0, 0);
    auto *compareRow = new QHBoxLayout;
    auto *compareLabel = new QLabel(tr("Co&mpare with"), casePane);
    compareLabel->setBuddy(m_compare);
    compareRow->addWidget(compareLabel);
    compareRow->addWidget(m_compare, 1);
    caseLayout->addLayout(compareRow);
    caseLayout->addWidget(m_text, 1);
    // The case's attachments as kept: saved or opened from the store.
    auto *attachmentRow = new QHBoxLayout;
    m_attachments->setMaximumHeight(fontMetrics().height() * 5);
    attachmentRow->addWidget(m_attachments, 1);
    auto *attachmentButtons = new QVBoxLayout;
    attachmentButtons->addWidget(m_saveAttachment);
    attachmentButtons->addWidget(m_openAttachment);
    attachmentButtons->addStretch();
    attachmentRow->addLayout(attachmentButtons);
    caseLayout->addLayout(attachmentRow);
    const auto attachmentPicked = [this] {
        const QListWidgetItem *item = m_attachments->currentItem();
        const bool kept = item && item->data(Qt::UserRole + 1).toBool() && m_dialogs;
        m_saveAttachment->setEnabled(kept);
        m_openAttachment->setEnabled(kept);
    };
    connect(m_attachments, &QListWidget::currentItemChanged, this, attachmentPicked);
    connect(m_attachments, &QListWidget::itemDoubleClicked, this, &SnapshotBrowser::openAttachment);
    connect(m_saveAttachment, &QPushButton::clicked, this, &SnapshotBrowser::saveAttachment);
    connect(m_openAttachment, &QPushButton::clicked, this, &SnapshotBrowser::openAttachment);
    attachmentPicked();
    auto *split = new QSplitter(this);
    split->addWidget(m_cases);
    split->addWidget(casePane);
    split->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    m_restoreButton = buttons->addButton(tr("&Restore in TestOps…"), QDialogButtonBox::ActionRole);
    m_restoreButton->setToolTip(tr("Puts the selected test cases back in TestOps as the snapshot shown kept "
                                   "them: shows exactly what will be written first, then asks."));
    m_restoreButton->setEnabled(false);
    m_restoreButton->setAutoDefault(false); // Return in the list or the search never opens a restore
    m_restoreButton->setVisible(m_dialogs != nullptr);
    connect(m_restoreButton, &QPushButton::clicked, this, &SnapshotBrowser::restoreSelected);
    m_cases->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_cases->setHeaderHidden(true);
    connect(m_cases, &QTreeWidget::itemSelectionChanged, this, &SnapshotBrowser::updateRestoreButton);
    connect(m_restore, &SnapshotRestoreFlow::reading, this,
            [this] { m_message->setText(tr("Reading these test cases in TestOps…")); });
    connect(m_restore, &SnapshotRestoreFlow::ended, this, [this] {
        m_message->clear();
        updateRestoreButton();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_group, &QComboBox::currentIndexChanged, this, &SnapshotBrowser::pickGroup);
    connect(m_snapshot, &QComboBox::currentIndexChanged, this, &SnapshotBrowser::pickSnapshot);
    connect(m_search, &QLineEdit::textChanged, this, &SnapshotBrowser::filterCases);
    connect(m_cases, &QTreeWidget::currentItemChanged, this, &SnapshotBrowser::showCase);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &SnapshotBrowser::showCase);
    if (m_snapshots)
        connect(m_snapshots, &SnapshotFront::finished, this, &SnapshotBrowser::reload);
    reload();
    // It opens ready to find a case: typing narrows the list, Down and Up walk the cases found, Return
    // goes to the list.
    m_search->installEventFilter(this);
    m_search->setFocus();
}

SnapshotBrowser::~SnapshotBrowser() = default;

PlanDialog *SnapshotBrowser::restorePlan() const {
    return m_restore->plan();
}

QStringList SnapshotBrowser::selectedCases() const {
    QStringList ids;
    for (const QTreeWidgetItem *item : m_cases->selectedItems()) {
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        if (id > 0) // a case, not a group of the tree (selectedItems() leaves hidden ones out)
            ids.append(QString::number(id));
    }
    return ids;
}

void SnapshotBrowser::updateRestoreButton() {
    m_restoreButton->setEnabled(!m_restore->busy() && !selectedCases().isEmpty());
}

void SnapshotBrowser::restoreSelected() {
    RestoreChoice choice;
    choice.cases = selectedCases();
    if (choice.cases.isEmpty()) // no cases named means every removed and changed one: never from here
        return;
    m_restoreButton->setEnabled(false);
    m_restore->start(m_snapshot->currentData().toString(), choice);
}

void SnapshotBrowser::reload() {
    if (!m_snapshots)
        return;
    m_list = m_snapshots->listJson();
    const QString group = m_group->currentText();
    QStringList groups;
    for (const QJsonValue &s : std::as_const(m_list)) {
        if (!groups.contains(s[u"group"_s].toString()))
            groups.append(s[u"group"_s].toString());
    }
    groups.sort();
    const QSignalBlocker block(m_group);
    m_group->clear();
    m_group->addItems(groups);
    if (groups.contains(group))
        m_group->setCurrentText(group);
    m_message->setText(groups.isEmpty() ? tr("No snapshot is kept yet: File → Take a snapshot now.")
                                        : QString());
    pickGroup();
}

void SnapshotBrowser::pickGroup() {
    const QString kept = m_snapshot->currentData().toString();
    const QSignalBlocker block(m_snapshot);
    m_snapshot->clear();
    for (qsizetype i = m_list.size() - 1; i >= 0; --i) { // newest first
        const QJsonObject s = m_list[i].toObject();
        if (s[u"group"_s].toString() == m_group->currentText())
            m_snapshot->addItem(when(s[u"takenAt"_s].toString()), s[u"id"_s].toString());
    }
    if (const int at = m_snapshot->findData(kept); at >= 0)
        m_snapshot->setCurrentIndex(at);
    pickSnapshot();
}

void SnapshotBrowser::pickSnapshot() {
    const QString id = m_snapshot->currentData().toString();
    const qint64 current = currentCase();
    {
        const QSignalBlocker block(m_compare);
        m_compare->clear();
        m_compare->addItem(tr("nothing"), QString());
        for (int i = 0; i < m_snapshot->count(); ++i) {
            if (m_snapshot->itemData(i).toString() != id)
                m_compare->addItem(m_snapshot->itemText(i), m_snapshot->itemData(i));
        }
    }
    const QSignalBlocker block(m_cases);
    m_cases->clear();
    QString error;
    const std::optional<QJsonObject> json = id.isEmpty() ? std::nullopt : m_snapshots->casesJson(id, &error);
    if (json) {
        // A node per group of the tree below the exported one, the cases under theirs.
        QHash<QString, QTreeWidgetItem *> groups;
        const auto groupOf = [this, &groups](const QStringList &path) {
            QTreeWidgetItem *parent = nullptr;
            for (qsizetype depth = 1; depth <= path.size(); ++depth) {
                QTreeWidgetItem *&node = groups[path.mid(0, depth).join(u'\n')];
                if (!node) {
                    node = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_cases);
                    node->setText(0, path[depth - 1]);
                    node->setFlags(Qt::ItemIsEnabled);
                    QFont bold = node->font(0);
                    bold.setBold(true);
                    node->setFont(0, bold);
                }
                parent = node;
            }
            return parent;
        };
        for (const QJsonValue &c : (*json)[u"cases"_s].toArray()) {
            const QStringList path = c[u"path"_s].toVariant().toStringList();
            QTreeWidgetItem *group = groupOf(path);
            auto *item = group ? new QTreeWidgetItem(group) : new QTreeWidgetItem(m_cases);
            item->setText(0, u"%1  %2"_s.arg(c[u"id"_s].toInteger()).arg(c[u"name"_s].toString()));
            item->setData(0, Qt::UserRole, c[u"id"_s].toInteger());
            item->setToolTip(0, path.join(u" / "_s));
            if (c[u"id"_s].toInteger() == current)
                m_cases->setCurrentItem(item, 0, QItemSelectionModel::ClearAndSelect);
        }
        m_cases->expandAll();
        m_message->setText(tr("%n test case(s)", nullptr, int((*json)[u"cases"_s].toArray().size())));
    } else if (!id.isEmpty()) {
        m_message->setText(error);
    }
    filterCases();
    showCase();
    updateRestoreButton(); // the list's selection changed under the blocker
}

QList<QTreeWidgetItem *> SnapshotBrowser::caseItems() const {
    QList<QTreeWidgetItem *> cases;
    for (QTreeWidgetItemIterator it(m_cases); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toLongLong() > 0)
            cases.append(*it);
    }
    return cases;
}

bool SnapshotBrowser::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Down:
            stepCase(1);
            return true;
        case Qt::Key_Up:
            stepCase(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            m_cases->setFocus();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QList<QTreeWidgetItem *> SnapshotBrowser::shownCases() const {
    QList<QTreeWidgetItem *> shown;
    for (QTreeWidgetItem *item : caseItems()) {
        if (!item->isHidden())
            shown.append(item);
    }
    return shown;
}

void SnapshotBrowser::stepCase(int by) {
    const QList<QTreeWidgetItem *> shown = shownCases();
    if (shown.isEmpty())
        return;
    const qsizetype at = shown.indexOf(m_cases->currentItem());
    const qsizetype next =
        at < 0 ? (by > 0 ? 0 : shown.size() - 1) : qBound<qsizetype>(0, at + by, shown.size() - 1);
    m_cases->setCurrentItem(shown[next], 0, QItemSelectionModel::ClearAndSelect); // whatever keys are held
    m_cases->scrollToItem(shown[next]);
}

qint64 SnapshotBrowser::currentCase() const {
    return m_cases->currentItem() ? m_cases->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
}

void SnapshotBrowser::filterCases() {
    const QString search = m_search->text().trimmed();
    // A case shows when it matches; a group of the tree when one of its cases shows.
    const auto filter = [&search](auto &&self, QTreeWidgetItem *item) -> bool {
        bool shown = false;
        if (item->data(0, Qt::UserRole).toLongLong() > 0) {
            shown = search.isEmpty() || item->text(0).contains(search, Qt::CaseInsensitive);
        } else {
            for (int i = 0; i < item->childCount(); ++i)
                shown = self(self, item->child(i)) || shown;
        }
        item->setHidden(!shown);
        if (!shown)
            item->setSelected(false); // Restore acts on what the list shows selected
        return shown;
    };
    for (int i = 0; i < m_cases->topLevelItemCount(); ++i)
        filter(filter, m_cases->topLevelItem(i));
    // What is typed shows the first case found, unless the one shown is found too.
    if (!search.isEmpty() && (currentCase() <= 0 || m_cases->currentItem()->isHidden())) {
        if (const QList<QTreeWidgetItem *> shown = shownCases(); !shown.isEmpty())
            m_cases->setCurrentItem(shown.first(), 0, QItemSelectionModel::ClearAndSelect);
    }
}

void SnapshotBrowser::showCase() {
    m_text->clear();
    m_attachments->clear();
    const qint64 caseId = currentCase();
    if (caseId <= 0 || !m_snapshots)
        return;
    QString error;
    const std::optional<QJsonObject> json = m_snapshots->caseJson(
        m_snapshot->currentData().toString(), caseId, m_compare->currentData().toString(), &error);
    if (!json) {
        m_text->setPlainText(error);
        return;
    }
    for (const QJsonValue &a : (*json)[u"case"_s][u"attachments"_s].toArray()) {
        const bool kept = a[u"kept"_s].toBool();
        auto *row = new QListWidgetItem(
            kept ? u"%1  (%2)"_s.arg(
                       a[u"name"_s].toString(),
                       QLocale().formattedDataSize(a[u"size"_s].toInteger(), 1, QLocale::DataSizeSIFormat))
                 : tr("%1  (its bytes were not kept)").arg(a[u"name"_s].toString()),
            m_attachments);
        row->setData(Qt::UserRole, a[u"id"_s].toInteger());
        row->setData(Qt::UserRole + 1, kept);
        row->setData(Qt::UserRole + 2, a[u"name"_s].toString());
    }
    const bool diff = json->contains(u"diff"_s);
    const QJsonArray lines = diff ? (*json)[u"diff"_s][u"lines"_s].toArray() : (*json)[u"lines"_s].toArray();
    QTextCursor cursor(m_text->document());
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QHash<qsizetype, QPair<int, int>> marks; // the words that changed inside a line
    for (const QJsonValue &mark : (*json)[u"diff"_s][u"marks"_s].toArray())
        marks.insert(mark[u"line"_s].toInteger(), {mark[u"from"_s].toInt(), mark[u"to"_s].toInt()});
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].toString();
        QTextBlockFormat block;
        if (diff && line.startsWith(u"+ "_s))
            block.setBackground(dark ? QColor(u"#1f4d2b"_s) : QColor(u"#d8f0dd"_s));
        else if (diff && line.startsWith(u"- "_s))
            block.setBackground(dark ? QColor(u"#5a1f26"_s) : QColor(u"#f7d9dc"_s));
        if (i > 0)
            cursor.insertBlock(block);
        else
            cursor.setBlockFormat(block);
        const auto mark = marks.constFind(i);
        if (mark == marks.cend()) {
            cursor.insertText(line);
            continue;
        }
        QTextCharFormat changed;
        changed.setFontWeight(QFont::Bold);
        changed.setBackground(line.startsWith(u'+') ? (dark ? QColor(u"#2e7d43"_s) : QColor(u"#a5d6b0"_s))
                                                    : (dark ? QColor(u"#8c2f3a"_s) : QColor(u"#eba5ad"_s)));
        cursor.insertText(line.left(mark->first));
        cursor.insertText(line.mid(mark->first, mark->second - mark->first), changed);
        cursor.insertText(line.mid(mark->second), QTextCharFormat());
        cursor.setCharFormat(QTextCharFormat());
    }
    if (diff && !(*json)[u"diff"_s][u"differs"_s].toBool()) {
        cursor.insertBlock();
        cursor.insertText(tr("No difference."));
    }
    m_text->moveCursor(QTextCursor::Start);
}

std::optional<QByteArray> SnapshotBrowser::attachmentBytes(QString *name) {
    const QListWidgetItem *item = m_attachments->currentItem();
    const qint64 caseId = currentCase();
    if (!item || caseId <= 0 || !m_snapshots || !m_dialogs)
        return std::nullopt;
    QString error;
    const std::optional<SnapshotFront::KeptAttachment> file = m_snapshots->attachment(
        m_snapshot->currentData().toString(), caseId, item->data(Qt::UserRole).toLongLong(), &error);
    if (!file) {
        m_dialogs->information(this, tr("Attachment"), error);
        return std::nullopt;
    }
    // A name that can only be a file's name here: no folder, no control character.
    QString safe = QFileInfo(file->name).fileName();
    for (QChar &ch : safe)
        ch = ch.isPrint() && ch != u'/' && ch != u'\\' ? ch : u'_';
    *name = safe.isEmpty() || safe == u".."_s ? u"attachment"_s : safe;
    return file->bytes;
}

void SnapshotBrowser::saveAttachment() {
    QString name;
    const std::optional<QByteArray> bytes = attachmentBytes(&name);
    if (!bytes)
        return;
    const QString target = m_dialogs->saveFileName(
        this, tr("Save attachment"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name));
    if (target.isEmpty())
        return;
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.commit())
        m_dialogs->information(this, tr("Save attachment"),
                               tr("%1 cannot be written: %2").arg(target, out.errorString()));
}

void SnapshotBrowser::openAttachment() {
    QString name;
    const std::optional<QByteArray> bytes = attachmentBytes(&name);
    if (!bytes)
        return;
    if (!m_opened)
        m_opened = std::make_unique<QTemporaryDir>();
    const QString path = QDir(m_opened->path()).filePath(name);
    QSaveFile out(path);
    if (!m_opened->isValid() || !out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() ||
        !out.commit()) {
        m_dialogs->information(this, tr("Attachment"),
                               tr("%1 cannot be written: %2").arg(path, out.errorString()));
        return;
    }
    if (!m_dialogs->openUrl(QUrl::fromLocalFile(path)))
        m_dialogs->information(this, tr("Attachment"), tr("No application is set up to open %1.").arg(name));
}

QStringList SnapshotBrowser::shownLines() const {
    QStringList lines;
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next())
        lines.append(block.text());
    return lines;
}
