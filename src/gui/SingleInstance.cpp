#include "SingleInstance.h"

#include "log/LogCategories.h"
#include "service/ProcessLock.h"

#include <QDir>
#include <QLocalSocket>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name) {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    // Held by the kernel: gone with its process, whatever PID comes back later.
    m_lock = std::make_unique<ProcessLock>(QDir(folder).filePath(name + u".lock"_s));
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains("show"))
                    emit activationRequested();
                socket->disconnectFromServer();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::claim() {
    const ProcessLock::Result locked = m_lock->tryLock();
    if (locked == ProcessLock::Result::Error)
        qCWarning(lcGui, "cannot take the single-instance lock %s (%s): going on without it",
                  qUtf8Printable(m_lock->path()), qUtf8Printable(m_lock->errorString()));
    if (locked != ProcessLock::Result::HeldByOther) {
        QLocalServer::removeServer(m_name); // a socket file left by a crash
        m_server.setSocketOptions(QLocalServer::UserAccessOption);
        if (!m_server.listen(m_name))
            qCWarning(lcGui, "cannot listen for other instances: %s", qUtf8Printable(m_server.errorString()));
        return true;
    }
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(1000)) {
        socket.write("show\n");
        socket.waitForBytesWritten(1000);
        socket.disconnectFromServer();
    }
    qCInfo(lcGui, "testops-export is already running: its window was brought up");
    return false;
}
