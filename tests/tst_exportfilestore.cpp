#include "TestFiles.h"
#include "config/SettingsTable.h"
#include "exports/ExportCheck.h"
#include "exports/ExportFileStore.h"
#include "service/ProcessLock.h"
#include "service/StateWords.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <unistd.h>

using namespace Qt::StringLiterals;

class TestExportFileStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void namesFollowTheGoToolPattern();
    void theGoToolsLaterNamesCarryTheProject();
    void twoExportsInOneSecondGetDistinctNames();
    void listsOnlyOurFilesNewestFirst();
    void retentionDeletesOldFilesButKeepsEachGroupsNewest();
    void retentionNeverTouchesOtherFiles();
    void retentionZeroKeepsEverything();
    void retentionByTiersOverAYearOfDailyExports();
    void retentionKeepIsReadAsItIsWritten();
    void removesTemporariesLeftByACrash();
    void namesWithControlCharactersAreNotOurs();
    void openExportRefusesLinksAndOthers();
    void folderLockIsTheKernels();
    void theCheckCountsKeepsAndJournalsTheChanges();
    void theCheckDropsAnIdenticalExportOnlyWhenAsked();

private:
    // Runs the check after an export of `file` as the runner does, and waits for its record.
    JournalRecord::Check check(const QString &file, bool skipUnchanged) {
        JournalRecord::Check result;
        bool done = false;
        ExportCheck::run({ExportFileStore(m_dir.path()), u"API"_s, file, u"cycle-1"_s, ';', skipUnchanged},
                         this, [&](const JournalRecord::Check &record) {
                             result = record;
                             done = true;
                         });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return result;
    }
    void touch(const QString &name, const QByteArray &content = "x") {
        QVERIFY(TestFiles::write(QDir(m_dir.path()).filePath(name), content));
    }
    QStringList entries() const {
        return QDir(m_dir.path())
            .entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    }
    QTemporaryDir m_dir;
};

void TestExportFileStore::init() {
    // A fresh folder per test.
    QDir(m_dir.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_dir.path()));
}

void TestExportFileStore::namesFollowTheGoToolPattern() {
    ExportFileStore store(m_dir.path());
    const QDateTime time(QDate(2025, 7, 15), QTime(12, 2, 56), Qt::UTC);
    QCOMPARE(store.newFileName(u"API"_s, time), u"testops_export_API_2025-07-15_12-02-56.csv"_s);
    // Local times are written in UTC.
    const QDateTime moscow(QDate(2025, 7, 15), QTime(15, 2, 56), QTimeZone("Europe/Moscow"));
    QCOMPARE(store.newFileName(u"API"_s, moscow), u"testops_export_API_2025-07-15_12-02-56.csv"_s);
    ExportFile parsed;
    QVERIFY(ExportFile::parse(u"testops_export_My_Group_2025-07-15_12-02-56.csv"_s, &parsed));
    QCOMPARE(parsed.group, u"My_Group"_s);
    QCOMPARE(parsed.timestamp, time);
    QVERIFY(ExportFile::parse(u"testops_export_UI_2025-07-15_12-02-56_2.csv"_s, &parsed));
    QCOMPARE(parsed.group, u"UI"_s);
}

void TestExportFileStore::theGoToolsLaterNamesCarryTheProject() {
    ExportFileStore store(m_dir.path());
    const QDateTime time(QDate(2025, 9, 15), QTime(7, 0, 1), Qt::UTC);
    QCOMPARE(store.newFileName(u"API"_s, time, 17), u"testops_export_17_API_2025-09-15_07-00-01.csv"_s);
    ExportFile parsed;
    QVERIFY(ExportFile::parse(u"testops_export_17_API_2025-09-15_07-00-01.csv"_s, &parsed));
    QCOMPARE(parsed.group, u"API"_s);
    QCOMPARE(parsed.projectId, 17);
    QVERIFY(ExportFile::parse(u"testops_export_15_Seller-Analitics_2025-09-15_07-00-01_2.csv"_s, &parsed));
    QCOMPARE(parsed.group, u"Seller-Analitics"_s);
    QCOMPARE(parsed.projectId, 15);
    QVERIFY(ExportFile::parse(u"testops_export_API_2025-09-15_07-00-01.csv"_s, &parsed));
    QCOMPARE(parsed.projectId, 0);
    QVERIFY(ExportFile::parse(u"testops_export_Q1_2024_2025-09-15_07-00-01.csv"_s, &parsed));
    QCOMPARE(parsed.group, u"Q1_2024"_s);

    // Both schemes are the same group's exports: listed, compared and kept by retention as one group, never
    // deleted as foreign files.
    touch(u"testops_export_API_2025-07-01_07-00-00.csv"_s);    // the first README's name
    touch(u"testops_export_17_API_2025-09-01_07-00-00.csv"_s); // the later one
    touch(u"testops_export_17_API_2025-09-02_07-00-00.csv"_s);
    QCOMPARE(store.list().size(), 3);
    for (const ExportFile &file : store.list())
        QCOMPARE(file.group, u"API"_s);
    QCOMPARE(store.previousExport(u"API"_s, u"testops_export_17_API_2025-09-02_07-00-00.csv"_s),
             u"testops_export_17_API_2025-09-01_07-00-00.csv"_s);
    QCOMPARE(store.previousExport(u"API"_s, u"testops_export_17_API_2025-09-01_07-00-00.csv"_s),
             u"testops_export_API_2025-07-01_07-00-00.csv"_s);
    const QStringList deleted = store.applyRetention(30, QDateTime(QDate(2025, 9, 20), QTime(7, 0), Qt::UTC));
    QCOMPARE(deleted, QStringList{u"testops_export_API_2025-07-01_07-00-00.csv"_s});
    QCOMPARE(store.list().size(), 2);
}

void TestExportFileStore::twoExportsInOneSecondGetDistinctNames() {
    ExportFileStore store(m_dir.path());
    const QDateTime time(QDate(2026, 11, 21), QTime(7, 0, 0), Qt::UTC);
    const QString first = store.newFileName(u"API"_s, time);
    touch(first);
    const QString second = store.newFileName(u"API"_s, time);
    QCOMPARE(second, u"testops_export_API_2026-11-21_07-00-00_2.csv"_s);
    touch(second);
    QCOMPARE(store.newFileName(u"API"_s, time), u"testops_export_API_2026-11-21_07-00-00_3.csv"_s);
    QCOMPARE(store.list().size(), 2);
}

void TestExportFileStore::listsOnlyOurFilesNewestFirst() {
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s, "12345");
    touch(u"testops_export_UI_2026-11-21_07-00-00.csv"_s);
    touch(u"testops_export_API_2026-11-19_07-00-00.csv"_s);
    touch(u"notes.csv"_s);
    touch(u"testops_export_API_latest.csv"_s);
    const QList<ExportFile> files = ExportFileStore(m_dir.path()).list();
    QCOMPARE(files.size(), 3);
    QCOMPARE(files[0].group, u"UI"_s);
    QCOMPARE(files[1].fileName, u"testops_export_API_2026-11-20_07-00-00.csv"_s);
    QCOMPARE(files[1].bytes, 5);
    QCOMPARE(files[2].timestamp, QDateTime(QDate(2026, 11, 19), QTime(7, 0), Qt::UTC));
}

void TestExportFileStore::retentionDeletesOldFilesButKeepsEachGroupsNewest() {
    const QDateTime now(QDate(2026, 11, 21), QTime(7, 0, 0), Qt::UTC);
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s); // 1 day: kept
    touch(u"testops_export_API_2026-10-22_07-00-01.csv"_s); // just under 30 days: kept
    touch(u"testops_export_API_2026-10-22_06-59-59.csv"_s); // just over: deleted
    touch(u"testops_export_API_2026-01-01_07-00-00.csv"_s); // deleted
    // UI failed for two months: its newest export stays however old it is.
    touch(u"testops_export_UI_2026-09-01_07-00-00.csv"_s);
    touch(u"testops_export_UI_2026-08-31_07-00-00.csv"_s);
    const QStringList deleted = ExportFileStore(m_dir.path()).applyRetention(30, now);
    QCOMPARE(deleted.size(), 3);
    QCOMPARE(entries(), (QStringList{u"testops_export_API_2026-10-22_07-00-01.csv"_s,
                                     u"testops_export_API_2026-11-20_07-00-00.csv"_s,
                                     u"testops_export_UI_2026-09-01_07-00-00.csv"_s}));
}

void TestExportFileStore::retentionByTiersOverAYearOfDailyExports() {
    // A year of daily exports of API at 07:00 UTC (2025-12-06 … 2026-12-05), a second one on 2026-12-01 at
    // 19:00, and UI's one export of long ago; RETENTION_KEEP=daily:30,weekly:12,monthly:24.
    QList<ExportFile> files;
    const auto add = [&files](const QString &group, const QDateTime &at) {
        ExportFile file;
        QVERIFY(ExportFile::parse(
            u"testops_export_%1_%2.csv"_s.arg(group, at.toString(u"yyyy-MM-dd_HH-mm-ss"_s)), &file));
        files.append(file);
    };
    const QDate last(2026, 12, 5);
    for (QDate day(2025, 12, 6); day <= last; day = day.addDays(1))
        add(u"API"_s, QDateTime(day, QTime(7, 0), Qt::UTC));
    add(u"API"_s, QDateTime(QDate(2026, 12, 1), QTime(19, 0), Qt::UTC));
    add(u"UI"_s, QDateTime(QDate(2024, 3, 1), QTime(7, 0), Qt::UTC));
    RetentionKeep keep;
    keep.daily = 30;
    keep.weekly = 12;
    keep.monthly = 24;
    const QStringList gone =
        ExportFileStore::expired(files, Retention(30, keep), QDateTime(last, QTime(8, 0), Qt::UTC));
    QSet<QString> kept;
    for (const ExportFile &file : std::as_const(files)) {
        if (!gone.contains(file.fileName))
            kept.insert(file.timestamp.toString(u"yyyy-MM-dd HH:mm"_s));
    }
    QSet<QString> expected;
    // daily:30: the last export of each of the 30 newest days (Dec 1's is the one at 19:00).
    for (QDate day(2026, 11, 6); day <= last; day = day.addDays(1))
        expected.insert(day.toString(u"yyyy-MM-dd"_s) +
                        (day == QDate(2026, 12, 1) ? u" 19:00"_s : u" 07:00"_s));
    // weekly:12: each ISO week's last, the 12 newest weeks; those before Nov 6 are the Sundays Sep 20 …
    // Nov 1.
    for (const char *sunday :
         {"2026-09-20", "2026-09-27", "2026-10-04", "2026-10-11", "2026-10-18", "2026-10-25", "2026-11-01"})
        expected.insert(QString::fromLatin1(sunday) + u" 07:00"_s);
    // monthly:24: each month's last, back to the first month of the year of exports.
    for (const char *monthEnd :
         {"2025-12-31", "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30",
          "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31"})
        expected.insert(QString::fromLatin1(monthEnd) + u" 07:00"_s);
    // A group's newest always stays, however old.
    expected.insert(u"2024-03-01 07:00"_s);
    QCOMPARE(kept, expected);
    QCOMPARE(kept.size(), 30 + 7 + 11 + 1);
    QCOMPARE(gone.size(), files.size() - kept.size());
    // Without tiers the Go tool's RETENTION_DAYS keeps its meaning: the last 30 days, and UI's newest.
    const QStringList byAge =
        ExportFileStore::expired(files, Retention(30), QDateTime(last, QTime(8, 0), Qt::UTC));
    QCOMPARE(files.size() - byAge.size(), 30 + 1 + 1); // Nov 6 … Dec 5, the second of Dec 1, UI

    // Why each stays, as the window and the page say it.
    const QHash<QString, quint8> why =
        ExportFileStore::keptBy(files, Retention(30, keep), QDateTime(last, QTime(8, 0), Qt::UTC));
    const auto keptAt = [&why](const char *group, const char *at) {
        return why.value(u"testops_export_%1_%2.csv"_s.arg(QLatin1StringView(group), QLatin1StringView(at)),
                         99);
    };
    QCOMPARE(keptAt("API", "2026-12-05_07-00-00"),
             quint8(Kept::Newest | Kept::Daily | Kept::Weekly | Kept::Monthly));
    QCOMPARE(keptAt("API", "2026-11-29_07-00-00"), quint8(Kept::Daily | Kept::Weekly)); // a Sunday
    QCOMPARE(keptAt("API", "2026-11-30_07-00-00"), quint8(Kept::Daily | Kept::Monthly));
    QCOMPARE(keptAt("API", "2026-10-04_07-00-00"), quint8(Kept::Weekly));
    QCOMPARE(keptAt("API", "2026-02-28_07-00-00"), quint8(Kept::Monthly));
    QCOMPARE(keptAt("API", "2026-12-01_07-00-00"), quint8(0)); // the day's earlier export: it goes
    QCOMPARE(keptAt("UI", "2024-03-01_07-00-00"),
             quint8(Kept::Newest | Kept::Daily | Kept::Weekly | Kept::Monthly));
    QCOMPARE(StateWords::keptNames(keptAt("API", "2026-11-30_07-00-00")),
             QStringList({u"daily"_s, u"monthly"_s}));
    ExportEntry entry;
    QVERIFY(ExportFile::parse(u"testops_export_API_2026-11-30_07-00-00.csv"_s, &entry.file));
    entry.kept = keptAt("API", "2026-11-30_07-00-00");
    QCOMPARE(StateWords::keptText(entry, Retention(30, keep)), u"daily, monthly"_s);
    entry.kept = 0;
    QCOMPARE(StateWords::keptText(entry, Retention(30, keep)), u"goes at the next retention"_s);
    QCOMPARE(StateWords::keptText(entry, Retention()), QString()); // no rule: nothing to say
    // By age: until the day it turns too old.
    const QHash<QString, quint8> byDays =
        ExportFileStore::keptBy(files, Retention(30), QDateTime(last, QTime(8, 0), Qt::UTC));
    entry.kept = byDays.value(entry.file.fileName);
    QCOMPARE(entry.kept, quint8(Kept::Recent));
    QCOMPARE(StateWords::keptText(entry, Retention(30)),
             u"until %1"_s.arg(
                 QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(7, 0), Qt::UTC).toLocalTime().date(),
                                    QLocale::ShortFormat)));
    QVERIFY(ExportFileStore::keptBy(files, Retention(), QDateTime(last, QTime(8, 0), Qt::UTC)).isEmpty());
}

void TestExportFileStore::retentionKeepIsReadAsItIsWritten() {
    RetentionKeep keep;
    QCOMPARE(SettingsTable::parseRetentionKeep(u"daily:30, weekly:12,monthly:24 ,yearly:5"_s, &keep),
             QString());
    QCOMPARE(keep.daily, 30);
    QCOMPARE(keep.weekly, 12);
    QCOMPARE(keep.monthly, 24);
    QCOMPARE(keep.yearly, 5);
    QCOMPARE(SettingsTable::parseRetentionKeep(QString(), &keep), QString());
    QVERIFY(!keep.isSet());
    QCOMPARE(SettingsTable::parseRetentionKeep(u"hourly:3"_s, &keep),
             u"\"hourly\" is not daily, weekly, monthly or yearly"_s);
    QCOMPARE(SettingsTable::parseRetentionKeep(u"daily:0"_s, &keep),
             u"daily: \"0\" is not a count from 1 to 100000"_s);
    QCOMPARE(SettingsTable::parseRetentionKeep(u"daily:x"_s, &keep),
             u"daily: \"x\" is not a count from 1 to 100000"_s);
    QCOMPARE(SettingsTable::parseRetentionKeep(u"daily:2,daily:3"_s, &keep), u"daily is given twice"_s);
    QCOMPARE(SettingsTable::parseRetentionKeep(u"daily:99999999999"_s, &keep),
             u"daily: \"99999999999\" is not a count from 1 to 100000"_s);
}

void TestExportFileStore::retentionNeverTouchesOtherFiles() {
    const QDateTime now(QDate(2026, 11, 21), QTime(7, 0, 0), Qt::UTC);
    const QStringList foreign = {
        u"notes.csv"_s, u"report_2020-01-01.csv"_s, u"testops_export_API_2020-01-01_07-00-00.csv.bak"_s,
        u"testops_export_API_2020-01-01.csv"_s, u"TESTOPS_EXPORT_API_2020-01-01_07-00-00.csv"_s};
    for (const QString &name : foreign) {
        touch(name);
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(now.addYears(-3), QFileDevice::FileModificationTime));
    }
    QDir(m_dir.path()).mkdir(u"testops_export_X_2020-01-01_07-00-00.csv"_s); // a folder, not a file
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s);
    touch(u"testops_export_API_2020-01-01_07-00-00.csv"_s);
    QCOMPARE(ExportFileStore(m_dir.path()).applyRetention(30, now),
             QStringList{u"testops_export_API_2020-01-01_07-00-00.csv"_s});
    for (const QString &name : foreign)
        QVERIFY2(QFile::exists(m_dir.filePath(name)), qPrintable(name));
    QVERIFY(QDir(m_dir.filePath(u"testops_export_X_2020-01-01_07-00-00.csv"_s)).exists());
}

void TestExportFileStore::retentionZeroKeepsEverything() {
    touch(u"testops_export_API_2020-01-01_07-00-00.csv"_s);
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s);
    QVERIFY(ExportFileStore(m_dir.path()).applyRetention(0, QDateTime::currentDateTimeUtc()).isEmpty());
    QCOMPARE(entries().size(), 2);
}

void TestExportFileStore::removesTemporariesLeftByACrash() {
    touch(u"testops_export_API_2026-11-20_07-00-00.csv"_s);
    touch(u"testops_export_API_2026-11-21_07-00-00.csv.Ab3dE9"_s); // QSaveFile's temporary after SIGKILL
    touch(u"testops_export_API_2026-11-21_07-00-00.csv.backup"_s);
    touch(u"other.csv.Ab3dE9"_s);
    QCOMPARE(ExportFileStore(m_dir.path()).removeStaleTemporaries(),
             QStringList{u"testops_export_API_2026-11-21_07-00-00.csv.Ab3dE9"_s});
    QCOMPARE(entries().size(), 3);
}

void TestExportFileStore::namesWithControlCharactersAreNotOurs() {
    ExportFile file;
    QVERIFY(ExportFile::parse(u"testops_export_API_2026-01-03_00-00-00.csv"_s, &file));
    for (const QString &name :
         {u"testops_export_a\rSet-Cookie: pwn=1\r_2026-01-03_00-00-00.csv"_s,
          u"testops_export_a\nb_2026-01-03_00-00-00.csv"_s, u"testops_export_a\x7f_2026-01-03_00-00-00.csv"_s,
          u"testops_export_a\u0085_2026-01-03_00-00-00.csv"_s}) {
        QVERIFY(!ExportFile::parse(name, &file));
        QVERIFY(!ExportFile::isSafeName(name));
    }
}

void TestExportFileStore::openExportRefusesLinksAndOthers() {
    const ExportFileStore store(m_dir.path());
    touch(u"testops_export_API_2026-01-03_00-00-00.csv"_s, "allure_id\n1\n");
    OpenedExport opened;
    QVERIFY(store.openExport(u"testops_export_API_2026-01-03_00-00-00.csv"_s, &opened));
    QCOMPARE(opened.size, 12);
    QCOMPARE(opened.file->readAll(), QByteArray("allure_id\n1\n"));
    QTemporaryDir outside;
    QFile secret(outside.filePath(u"secret"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("TOP-SECRET");
    secret.close();
    const QString link = QDir(m_dir.path()).filePath(u"testops_export_API_2026-01-04_00-00-00.csv"_s);
    QVERIFY(QFile::link(secret.fileName(), link));
    QVERIFY(!store.openExport(u"testops_export_API_2026-01-04_00-00-00.csv"_s, &opened));
    const QString hard = QDir(m_dir.path()).filePath(u"testops_export_API_2026-01-05_00-00-00.csv"_s);
    QCOMPARE(::link(QFile::encodeName(secret.fileName()).constData(), QFile::encodeName(hard).constData()),
             0);
    QVERIFY(!store.openExport(u"testops_export_API_2026-01-05_00-00-00.csv"_s, &opened));
    QVERIFY(QDir(m_dir.path()).mkdir(u"testops_export_API_2026-01-06_00-00-00.csv"_s));
    QVERIFY(!store.openExport(u"testops_export_API_2026-01-06_00-00-00.csv"_s, &opened));
    QVERIFY(!store.openExport(u"../secret"_s, &opened));
    // Nor does the list show the link or the folder as exports.
    QStringList listed;
    for (const ExportFile &file : store.list())
        listed.append(file.fileName);
    QVERIFY(!listed.contains(u"testops_export_API_2026-01-04_00-00-00.csv"_s));
    QVERIFY(!listed.contains(u"testops_export_API_2026-01-06_00-00-00.csv"_s));
}

void TestExportFileStore::folderLockIsTheKernels() {
    const QString path = QDir(m_dir.path()).filePath(u"lock"_s);
    // A dead instance's lock file naming our own PID (PID 1 again in a container) is no lock at all.
    QFile stale(path);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write(QByteArray::number(qint64(::getpid())) + "\ntestops-export\n");
    stale.close();
    auto first = std::make_unique<ProcessLock>(path);
    QCOMPARE(first->tryLock(), ProcessLock::Result::Locked);
    ProcessLock second(path);
    QCOMPARE(second.tryLock(), ProcessLock::Result::HeldByOther);
    QCOMPARE(second.holderPid(), qint64(::getpid()));
    first.reset(); // released with its descriptor, as with a process that ends
    QCOMPARE(second.tryLock(), ProcessLock::Result::Locked);
    ProcessLock nowhere(QDir(m_dir.path()).filePath(u"missing/folder/lock"_s));
    QCOMPARE(nowhere.tryLock(), ProcessLock::Result::Error);
    QVERIFY(nowhere.errorString().contains(u"No such file"_s));
}

void TestExportFileStore::theCheckCountsKeepsAndJournalsTheChanges() {
    const QString older = u"testops_export_API_2026-12-01_07-00-00.csv"_s;
    const QString newer = u"testops_export_API_2026-12-02_07-00-00.csv"_s;
    touch(older, "allure_id;name\n1;Login\n2;Logout\n3;Search\n");
    touch(newer, "allure_id;name\n1;Login works\n3;Search\n4;Cart\n");
    const JournalRecord::Check record = check(newer, false);
    QCOMPARE(record.group, u"API"_s);
    QCOMPARE(record.file, newer);
    QCOMPARE(record.cycle, u"cycle-1"_s);
    QCOMPARE(record.previous, older);
    QVERIFY(record.changes.has_value());
    QCOMPARE(record.changes->added, 1);   // 4
    QCOMPARE(record.changes->removed, 1); // 2
    QCOMPARE(record.changes->changed, 1); // 1
    QCOMPARE(record.checkedRows, 3);
    QVERIFY(record.kept);
    QVERIFY(!record.identical);
    QVERIFY(record.error.isEmpty());
    QCOMPARE(record.sha256.size(), 64);
    // The changes are kept beside the export, for the change view and a restore.
    QFile kept(ExportFileStore(m_dir.path()).changesPath(newer));
    QVERIFY2(kept.open(QIODevice::ReadOnly), qPrintable(kept.fileName()));
    QVERIFY(QJsonDocument::fromJson(kept.readAll()).isObject());
    // The first export of a group has nothing to compare with: no counts, and still kept.
    const JournalRecord::Check first = check(older, false);
    QVERIFY(first.previous.isEmpty());
    QVERIFY(!first.changes.has_value());
    QVERIFY(first.kept);
}

void TestExportFileStore::theCheckDropsAnIdenticalExportOnlyWhenAsked() {
    const QString older = u"testops_export_API_2026-12-01_07-00-00.csv"_s;
    const QString newer = u"testops_export_API_2026-12-02_07-00-00.csv"_s;
    touch(older, "allure_id;name\n1;Login\n");
    touch(newer, "allure_id;name\n1;Login\n");
    const JournalRecord::Check keptRecord = check(newer, false);
    QVERIFY(keptRecord.identical);
    QVERIFY(keptRecord.kept);
    QVERIFY(QFile::exists(QDir(m_dir.path()).filePath(newer)));
    const JournalRecord::Check dropped = check(newer, true); // SKIP_UNCHANGED
    QVERIFY(dropped.identical);
    QVERIFY(!dropped.kept);
    QCOMPARE(dropped.previous, older);
    QVERIFY(!QFile::exists(QDir(m_dir.path()).filePath(newer)));
    QVERIFY(QFile::exists(QDir(m_dir.path()).filePath(older)));
}

QTEST_GUILESS_MAIN(TestExportFileStore)
#include "tst_exportfilestore.moc"
