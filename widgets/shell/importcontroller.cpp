#include "shell/importcontroller.h"

#include "shell/importworker.h"

namespace tierwise {

ImportController::ImportController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ingest::ImportReport>();
    qRegisterMetaType<Error>();
    m_thread.setObjectName(QStringLiteral("ImportThread"));
}

ImportController::~ImportController()
{
    if (m_worker)
        m_worker->cancel();
    m_thread.quit();
    m_thread.wait(); // a running worker is deleted by the thread's finished() → deleteLater
}

bool ImportController::start(const QString &workspacePath, const QStringList &files,
                             const ingest::ImportOptions &options)
{
    if (isRunning() || files.isEmpty())
        return false;
    if (!m_thread.isRunning())
        m_thread.start();

    auto *worker = new ImportWorker(workspacePath, files, options);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &ImportWorker::progress, this, &ImportController::progress, Qt::QueuedConnection);
    connect(worker, &ImportWorker::finished, this, &ImportController::onWorkerFinished, Qt::QueuedConnection);
    connect(worker, &ImportWorker::failed, this, &ImportController::onWorkerFailed, Qt::QueuedConnection);
    m_worker = worker;
    m_cancelling = false;
    QMetaObject::invokeMethod(worker, &ImportWorker::run, Qt::QueuedConnection);
    Q_EMIT runningChanged(true);
    return true;
}

void ImportController::cancel()
{
    if (!m_worker || m_cancelling)
        return;
    m_cancelling = true;
    m_worker->cancel();
}

void ImportController::release()
{
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->deleteLater();
        m_worker = nullptr;
    }
    m_cancelling = false;
}

void ImportController::onWorkerFinished(const ingest::ImportReport &report)
{
    release();
    Q_EMIT runningChanged(false);
    Q_EMIT finished(report);
}

void ImportController::onWorkerFailed(const Error &error)
{
    release();
    Q_EMIT runningChanged(false);
    Q_EMIT failed(error);
}

} // namespace tierwise
