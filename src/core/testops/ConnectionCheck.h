// "Test connection": token exchange, the signed-in user, access to each project, and how many test cases each
// configured group holds. Used by --check and by the settings dialog.
#pragma once

#include "TestOpsApi.h"

#include "config/ExportGroup.h"

#include <QList>
#include <QObject>

#include <functional>

class ApiCall;
class TestOpsClient;

class ConnectionCheck : public QObject {
    Q_OBJECT
public:
    struct Line {
        bool ok = false;
        QString text;
    };

    ConnectionCheck(TestOpsClient *client, ExportGroups groups, QObject *parent = nullptr);

    void start();
    const QList<Line> &lines() const { return m_lines; }
    bool ok() const;

signals:
    void lineAdded(const ConnectionCheck::Line &line);
    void finished();

private:
    void next();
    void report(bool ok, const QString &text);
    void step(ApiCall *call, std::function<void(ApiCall *)> onDone);

    TestOpsApi m_api;
    ExportGroups m_groups;
    QList<std::function<void()>> m_steps;
    QList<Line> m_lines;
    bool m_stop = false;
};
