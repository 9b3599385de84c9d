// What the tests of the citewise binary share: running it as a script would, and reading and writing
// the files it works on.
#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Citewise::Test {

using namespace Qt::StringLiterals;

struct RunResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

inline QString fixture(const QString &name)
{
    return QStringLiteral(CITEWISE_FIXTURES_DIR) + u"/cli/"_s + name;
}

inline RunResult runCitewise(const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
    const QString &binary = QStringLiteral(CITEWISE_BINARY))
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(binary, arguments);
    RunResult result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(name);
    return env;
}

} // namespace Citewise::Test
