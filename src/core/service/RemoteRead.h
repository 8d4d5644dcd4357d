// A read of an export that only the S3 bucket holds, as the web view relays it: it writes into the sink it
// was given while the sink has room, and says when it ended and how. What crosses the front in place of S3's
// own call object, so that the web view does not reach into storage/.
#pragma once

#include <QObject>
#include <QString>

class RemoteRead : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool ok() const = 0;
    // What went wrong, in words; empty while it goes on or when it ended well.
    virtual QString error() const = 0;
    virtual void abort() = 0;
    // The sink has room again (a socket to a slow client wrote some of what it held).
    virtual void drain() = 0;

signals:
    void finished();
};
