// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/jobs/jobthread.h"

#include <QMetaObject>
#include <QObject>
#include <QThread>

namespace tare {

JobThread::JobThread(const QString& name)
    : m_thread(new QThread)
    , m_context(new QObject)
{
    m_thread->setObjectName(name);
    m_context->moveToThread(m_thread);
    m_thread->start();
}

JobThread::~JobThread()
{
    stop();
    delete m_context; // the thread has stopped; nothing else refers to it
    delete m_thread;
}

void JobThread::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
}

void JobThread::stop()
{
    m_thread->quit();
    m_thread->wait();
}

bool JobThread::isCurrent() const
{
    return QThread::currentThread() == m_thread;
}

} // namespace tare
