#include "SnapshotSettingsPage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

SnapshotSettingsPage::SnapshotSettingsPage(QWidget *parent)
    : QWidget(parent)
    , enabledCheck(
          new QCheckBox(tr("&Keep every test case whole after each export: steps, attachments, custom "
                           "fields, relations, comments"),
                        this))
    , pathEdit(new QLineEdit(this))
    , attachmentsCheck(new QCheckBox(tr("Keep the &bytes of attachments"), this))
    , concurrencySpin(new QSpinBox(this))
    , fullEveryEdit(new QLineEdit(this))
    , keepEdit(new QLineEdit(this)) {
    auto *form = new QFormLayout(this);
    form->addRow(enabledCheck);
    form->addRow(tr("&Folder"), pathEdit);
    form->addRow(attachmentsCheck);
    form->addRow(tr("&Requests at once"), concurrencySpin);
    form->addRow(tr("Read &every case again every"), fullEveryEdit);
    form->addRow(tr("&Tiers to keep"), keepEdit);
    auto *help =
        new QLabel(tr("A case whose modification date has not moved is taken from the snapshot before, "
                      "without a request. Keep: the last snapshot of each of the newest days, weeks and "
                      "months of a group; the newest always stays."),
                   this);
    help->setWordWrap(true);
    form->addRow(help);
    pathEdit->setPlaceholderText(tr("snapshots/ inside the export folder"));
    fullEveryEdit->setPlaceholderText(tr("7d, 2w, 12h; 0: every time"));
    keepEdit->setPlaceholderText(tr("daily:14,weekly:8,monthly:24; empty: all"));
    concurrencySpin->setRange(1, 32);
    for (QLineEdit *edit : {pathEdit, fullEveryEdit, keepEdit})
        connect(edit, &QLineEdit::textChanged, this, &SnapshotSettingsPage::edited);
    for (QCheckBox *box : {enabledCheck, attachmentsCheck})
        connect(box, &QCheckBox::toggled, this, &SnapshotSettingsPage::edited);
    connect(concurrencySpin, &QSpinBox::valueChanged, this, &SnapshotSettingsPage::edited);
}
