// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/keychain.h"

#include "core/util/tareerror.h"

#include <QMutex>
#include <QThread>

#include <algorithm>
#include <future>

#ifdef TARE_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace tare {

namespace {

QString noSecretServiceHint()
{
    return Keychain::tr("Use an environment variable for the key instead (--api-key-env VAR, or env:VAR in the settings).");
}

#ifdef TARE_HAVE_KEYCHAIN

/// The thread every QtKeychain job runs on. QtKeychain queues its jobs on a singleton created on
/// the thread of the first job and drives libsecret through that thread's event loop, so all jobs
/// go to one long-lived thread; it is stopped when the application object goes away.
QObject* keychainContext()
{
    static QMutex mutex;
    static QThread* thread = nullptr;
    static QObject* context = nullptr;
    QMutexLocker lock(&mutex);
    if (!context) {
        thread = new QThread;
        thread->setObjectName(QStringLiteral("tare-keychain"));
        context = new QObject;
        context->moveToThread(thread);
        QObject::connect(thread, &QThread::finished, context, &QObject::deleteLater);
        thread->start();
        qAddPostRoutine([] {
            QMutexLocker lock(&mutex);
            if (!thread)
                return;
            thread->quit();
            thread->wait();
            delete thread;
            thread = nullptr;
            context = nullptr;
        });
    }
    return context;
}

struct JobResult
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

/// Runs a job built by `makeJob` on the keychain thread and waits for its end.
template<typename MakeJob>
JobResult runJob(MakeJob makeJob)
{
    if (!QCoreApplication::instance())
        throw TareError(TareError::Kind::Internal, Keychain::tr("the system keychain needs an application object"));
    auto promise = std::make_shared<std::promise<JobResult>>();
    std::future<JobResult> future = promise->get_future();
    QMetaObject::invokeMethod(keychainContext(), [makeJob, promise] {
        QKeychain::Job* job = makeJob();
        job->setAutoDelete(false);
        job->setInsecureFallback(false); // never a plain-text file instead of the keychain
        QObject::connect(job, &QKeychain::Job::finished, job, [promise](QKeychain::Job* finished) {
            JobResult result;
            result.error = finished->error();
            result.errorString = finished->errorString();
            if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(finished))
                result.data = read->binaryData();
            promise->set_value(result);
            finished->deleteLater();
        });
        job->start();
    }, Qt::QueuedConnection);
    // An unlock prompt of the keyring may wait for the user; a keychain that never answers is an error.
    if (future.wait_for(std::chrono::minutes(2)) != std::future_status::ready)
        throw TareError(TareError::Kind::Io, Keychain::tr("the system keychain did not answer within two minutes. %1").arg(noSecretServiceHint()));
    return future.get();
}

/// Turns a failed job into a TareError that says what to do; never includes a key.
[[noreturn]] void throwJobError(const JobResult& result)
{
    switch (result.error) {
    case QKeychain::EntryNotFound:
        throw TareError(TareError::Kind::Usage, Keychain::tr("the system keychain holds no API key under that name "
                                                             "(store one with 'tare-cli key set NAME' or in the settings)"));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        throw TareError(TareError::Kind::Io, Keychain::tr("access to the system keychain was denied (%1)").arg(result.errorString));
    case QKeychain::NoBackendAvailable:
        throw TareError(TareError::Kind::Io, Keychain::tr("no system keychain is available: no Secret Service (GNOME Keyring, KWallet, "
                                                          "KeePassXC) answers on the D-Bus session bus. %1")
                                                 .arg(noSecretServiceHint()));
    default:
        break;
    }
    // libsecret reports a missing session bus or Secret Service as "other" errors.
    throw TareError(TareError::Kind::Io, Keychain::tr("the system keychain could not be used: %1. A Secret Service (GNOME Keyring, "
                                                      "KWallet, KeePassXC) must run on the D-Bus session bus. %2")
                                             .arg(result.errorString.isEmpty() ? Keychain::tr("unknown error") : result.errorString,
                                                  noSecretServiceHint()));
}

#endif

} // namespace

bool Keychain::isSupported()
{
#ifdef TARE_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

void Keychain::validateName(const QString& name)
{
    const bool valid = !name.isEmpty() && name.size() <= 64 && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return c == u'_' || c == u'-' || c == u'.' || (c.unicode() < 128 && c.isLetterOrNumber());
    });
    if (!valid)
        throw TareError(TareError::Kind::Usage, tr("a keychain entry name has 1 to 64 letters, digits, '_', '-' or '.'"));
}

#ifdef TARE_HAVE_KEYCHAIN

QByteArray Keychain::read(const QString& name)
{
    validateName(name);
    const JobResult result = runJob([name]() -> QKeychain::Job* {
        auto* job = new QKeychain::ReadPasswordJob(serviceName());
        job->setKey(name);
        return job;
    });
    if (result.error != QKeychain::NoError)
        throwJobError(result);
    if (result.data.isEmpty())
        throw TareError(TareError::Kind::Usage, tr("the system keychain entry for the API key is empty"));
    return result.data;
}

void Keychain::write(const QString& name, const QByteArray& key)
{
    validateName(name);
    if (key.isEmpty())
        throw TareError(TareError::Kind::Usage, tr("an empty API key cannot be stored"));
    const JobResult result = runJob([name, key]() -> QKeychain::Job* {
        auto* job = new QKeychain::WritePasswordJob(serviceName());
        job->setKey(name);
        job->setBinaryData(key);
        return job;
    });
    if (result.error != QKeychain::NoError)
        throwJobError(result);
}

void Keychain::remove(const QString& name)
{
    validateName(name);
    const JobResult result = runJob([name]() -> QKeychain::Job* {
        auto* job = new QKeychain::DeletePasswordJob(serviceName());
        job->setKey(name);
        return job;
    });
    if (result.error != QKeychain::NoError && result.error != QKeychain::EntryNotFound)
        throwJobError(result);
}

#else

namespace {
[[noreturn]] void throwUnsupported()
{
    throw TareError(TareError::Kind::Io, Keychain::tr("this build of Tare has no system keychain support (QtKeychain was not found "
                                                      "when it was built). %1")
                                             .arg(noSecretServiceHint()));
}
} // namespace

QByteArray Keychain::read(const QString& name)
{
    validateName(name);
    throwUnsupported();
}

void Keychain::write(const QString& name, const QByteArray&)
{
    validateName(name);
    throwUnsupported();
}

void Keychain::remove(const QString& name)
{
    validateName(name);
    throwUnsupported();
}

#endif

} // namespace tare
