#include "moduleloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// The directory of the running executable. The window is opened before any application object
// exists, so the system is asked first.
QString executableDir(const char *argv0)
{
    const QFileInfo self(u"/proc/self/exe"_s);
    if (self.exists())
        return QFileInfo(self.canonicalFilePath()).absolutePath();
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    return QFileInfo(QFile::decodeName(argv0 ? argv0 : "")).absolutePath();
}

} // namespace

QFunctionPointer resolveModuleEntry(
    const char *fileName, const char *entry, const char *argv0, QString *reason, const QString &directory)
{
    const QString name = QString::fromUtf8(fileName);
    QStringList candidates;
    if (!directory.isEmpty()) {
        candidates.append(QDir(directory).filePath(name));
    } else {
        const QString exeDir = executableDir(argv0);
        candidates = {QDir(exeDir).filePath(name),
            QDir::cleanPath(exeDir + u'/' + QStringLiteral(CITEWISE_MODULE_INSTALL_DIR) + u'/' + name)};
    }
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary module(path);
        if (const QFunctionPointer function = module.resolve(entry))
            return function;
        *reason = u"unusable: "_s + module.errorString();
        return nullptr;
    }
    *reason = u"not found (looked for %1)"_s.arg(candidates.join(u" and "_s));
    return nullptr;
}

} // namespace Citewise
