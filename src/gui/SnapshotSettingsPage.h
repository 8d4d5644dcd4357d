// The settings dialog's "Snapshots" page: SNAPSHOT_* (every test case whole, beside the CSV exports).
#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QSpinBox;

class SnapshotSettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SnapshotSettingsPage(QWidget *parent = nullptr);

    QCheckBox *enabledCheck;
    QLineEdit *pathEdit;
    QCheckBox *attachmentsCheck;
    QSpinBox *concurrencySpin;
    QLineEdit *fullEveryEdit;
    QLineEdit *keepEdit;

signals:
    void edited();
};
