// What the tests of the article format share: parsing inline text, and reading the format fixtures.
#pragma once

#include "articleio.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Citewise::Test {

inline Article parse(const QString &text)
{
    return parseArticle(text);
}

// A file of tests/fixtures/format.
inline QString fixture(const QString &name)
{
    return QStringLiteral(CITEWISE_FIXTURES_DIR "/format/") + name;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture");
    return f.readAll();
}

} // namespace Citewise::Test
