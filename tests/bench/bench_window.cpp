// How long the exports window takes to open and to sort with N files in the folder (and N records in the
// journal, an attempt and a check per file), against the bare cost of listing that folder with QDir in the
// same run.
//   bench_window [N]     prints one table row; QT_QPA_PLATFORM=offscreen is enough
#include "ExportsModel.h"
#include "MainWindow.h"
#include "UserDialogs.h"
#include "exports/History.h"
#include "schedule/Clock.h"
#include "service/ExportFront.h"
#include "service/ExportService.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 10000;
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"exports"_s);
    QDir().mkpath(folder);
    QDir().mkpath(folder + u"/.testops-export"_s); // where the service finds the journal
    History history(folder + u"/.testops-export/history.jsonl"_s);
    {
        QFile journal(history.filePath());
        journal.open(QIODevice::WriteOnly);
        const QStringList groups = {u"API"_s,   u"UI"_s,       u"Mobile"_s, u"Backend"_s, u"Регресс"_s,
                                    u"Smoke"_s, u"Payments"_s, u"Search"_s, u"Auth"_s,    u"Reports"_s};
        QDateTime time(QDate(2024, 1, 1), QTime(7, 0), QTimeZone::utc());
        for (int i = 0; i < count; ++i) {
            const QString group = groups.at(i % groups.size());
            const QString name = u"testops_export_%1_%2.csv"_s.arg(
                group, time.addSecs(i * 8640).toString(u"yyyy-MM-dd_HH-mm-ss"_s));
            QFile file(QDir(folder).filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(QByteArray(100 + i % 5000, 'x'));
            journal.write(QJsonDocument(QJsonObject{{u"type"_s, u"attempt"_s},
                                                    {u"group"_s, group},
                                                    {u"file"_s, name},
                                                    {u"rows"_s, i % 3000},
                                                    {u"outcome"_s, u"success"_s},
                                                    {u"attempt"_s, 1}})
                              .toJson(QJsonDocument::Compact) +
                          '\n');
            // Each export is also checked against the previous one, as the app does.
            journal.write(
                QJsonDocument(
                    QJsonObject{{u"type"_s, u"check"_s},
                                {u"group"_s, group},
                                {u"file"_s, name},
                                {u"previous"_s, i < groups.size() ? QJsonValue() : QJsonValue(name)},
                                {u"sha256"_s, QString(64, u'0')},
                                {u"changes"_s, i < groups.size()
                                                   ? QJsonValue()
                                                   : QJsonValue(QJsonObject{{u"added"_s, i % 7},
                                                                            {u"removed"_s, i % 3},
                                                                            {u"changed"_s, i % 11}})},
                                {u"identical"_s, false},
                                {u"kept"_s, true}})
                    .toJson(QJsonDocument::Compact) +
                '\n');
        }
    }
    QElapsedTimer timer;
    // Baseline: just listing the folder.
    timer.start();
    const qsizetype listed = QDir(folder).entryInfoList({u"testops_export_*.csv"_s}, QDir::Files).size();
    const double listMs = timer.nsecsElapsed() / 1e6;

    Config config;
    config.exportPath = folder;
    SystemClock clock;
    QNetworkAccessManager network;
    // The app ran on this folder before (and compacted its journal, as every run does once).
    delete new ExportService(config, clock, &network);

    UserDialogs dialogs;
    timer.restart();
    MainWindow window(&dialogs);
    // As after a restart: the journal is read from disk, through the front the window is given.
    ExportService service(config, clock, &network);
    ExportFront front(&service);
    window.exportsModel()->setSource(&front);
    window.show();
    QCoreApplication::processEvents();
    const double openMs = timer.nsecsElapsed() / 1e6;

    std::vector<double> sorts;
    for (int column : {ExportsModel::SizeColumn, ExportsModel::GroupColumn, ExportsModel::RowsColumn,
                       ExportsModel::TimeColumn}) {
        timer.restart();
        window.ui()->exportsView->sortByColumn(column, Qt::AscendingOrder);
        QCoreApplication::processEvents();
        sorts.push_back(timer.nsecsElapsed() / 1e6);
    }
    const double sortMs = *std::max_element(sorts.begin(), sorts.end());
    std::printf("%-22s %10s %10s %12s %10s\n", "window", "files", "open_ms", "worst_sort_ms", "list_ms");
    std::printf("%-22s %10d %10.1f %12.1f %10.1f\n", "exports window", int(window.exportsModel()->rowCount()),
                openMs, sortMs, listMs);
    std::printf("open / listing = %.1fx, target: open and sort each within 200 ms (%s)\n", openMs / listMs,
                openMs <= 200 && sortMs <= 200 ? "met" : "NOT met");
    return listed == count && window.exportsModel()->rowCount() == count ? 0 : 1;
}
