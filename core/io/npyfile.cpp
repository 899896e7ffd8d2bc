// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/npyfile.h"

#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QtEndian>
#include <QFloat16>

#include <cstring>

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::NpyFile", text);
}

const QByteArray s_magic("\x93NUMPY", 6);

} // namespace

NpyReader::NpyReader(const QString& path)
    : m_path(path)
    , m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw TareError(TareError::Kind::Io, tr("%1: cannot read: %2").arg(path, m_file.errorString()));
    auto bad = [&](const QString& reason) { return TareError::input(path, 0, reason); };
    if (m_file.size() == 0)
        throw bad(tr("the file is empty"));
    const QByteArray prefix = m_file.read(8);
    if (prefix.size() < 8 || !prefix.startsWith(s_magic))
        throw bad(tr("not a NumPy .npy file (bad magic)"));
    const int major = quint8(prefix[6]);
    if (major < 1 || major > 3)
        throw bad(tr("unsupported .npy format version %1.%2").arg(major).arg(quint8(prefix[7])));
    qint64 headerLength = 0;
    if (major == 1) {
        const QByteArray length = m_file.read(2);
        if (length.size() < 2)
            throw bad(tr("truncated header"));
        headerLength = qFromLittleEndian<quint16>(length.constData());
    } else {
        const QByteArray length = m_file.read(4);
        if (length.size() < 4)
            throw bad(tr("truncated header"));
        headerLength = qFromLittleEndian<quint32>(length.constData());
    }
    if (headerLength > (1 << 20))
        throw bad(tr("header of %1 bytes is implausibly large").arg(headerLength));
    const QByteArray headerBytes = m_file.read(headerLength);
    if (headerBytes.size() != headerLength)
        throw bad(tr("truncated header"));
    const QString header = QString::fromUtf8(headerBytes);

    const QRegularExpression descr(QStringLiteral(R"('descr'\s*:\s*'([^']*)')"));
    const QRegularExpression order(QStringLiteral(R"('fortran_order'\s*:\s*(True|False))"));
    const QRegularExpression shape(QStringLiteral(R"('shape'\s*:\s*\(([^)]*)\))"));
    const auto descrMatch = descr.match(header);
    const auto orderMatch = order.match(header);
    const auto shapeMatch = shape.match(header);
    if (!descrMatch.hasMatch() || !orderMatch.hasMatch() || !shapeMatch.hasMatch())
        throw bad(tr("malformed header: %1").arg(header.trimmed()));
    const QString dtype = descrMatch.captured(1);
    if (dtype == u"<f4")
        m_float16 = false;
    else if (dtype == u"<f2")
        m_float16 = true;
    else
        throw bad(tr("unsupported dtype '%1' (Tare reads little-endian float32 '<f4' or float16 '<f2')").arg(dtype));
    if (orderMatch.captured(1) == u"True")
        throw bad(tr("Fortran-ordered arrays are not supported; save with C order (numpy.ascontiguousarray)"));
    QStringList dims = shapeMatch.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (auto& dim : dims)
        dim = dim.trimmed();
    dims.removeAll(QString());
    if (dims.size() != 2)
        throw bad(tr("expected a 2-D array (rows, dimension), found shape (%1)").arg(shapeMatch.captured(1)));
    bool okRows = false, okCols = false;
    m_rows = dims[0].toLongLong(&okRows);
    const qint64 columns = dims[1].toLongLong(&okCols);
    if (!okRows || !okCols || m_rows < 0 || columns <= 0 || columns > 65536)
        throw bad(tr("unsupported shape (%1): the dimension must be 1..65536").arg(shapeMatch.captured(1)));
    m_columns = int(columns);
    // Compare row counts, not byte counts: rows x row bytes of an absurd header overflows qint64.
    const qint64 rowBytes = qint64(m_columns) * (m_float16 ? 2 : 4);
    const qint64 dataBytes = m_file.size() - m_file.pos();
    if (dataBytes % rowBytes != 0 || dataBytes / rowBytes != m_rows)
        throw bad(tr("the file has %1 bytes of data but its header promises %2 rows of %3 bytes")
                      .arg(dataBytes)
                      .arg(m_rows)
                      .arg(rowBytes));
    m_rowBytes.resize(qsizetype(m_columns) * (m_float16 ? 2 : 4));
}

bool NpyReader::nextRow(std::vector<float>& row)
{
    if (m_rowsRead >= m_rows)
        return false;
    if (m_file.read(m_rowBytes.data(), m_rowBytes.size()) != m_rowBytes.size())
        throw TareError(TareError::Kind::Io, tr("%1: read error at row %2").arg(m_path).arg(m_rowsRead));
    row.resize(size_t(m_columns));
    if (m_float16) {
        for (int i = 0; i < m_columns; ++i) {
            qfloat16 half;
            std::memcpy(&half, m_rowBytes.constData() + 2 * i, 2);
            row[size_t(i)] = float(half);
        }
    } else {
        std::memcpy(row.data(), m_rowBytes.constData(), size_t(m_rowBytes.size()));
    }
    ++m_rowsRead;
    return true;
}

NpyWriter::NpyWriter(const QString& path, qint64 rows, int columns, AtomicFileWriter::Existing existing)
    : m_file(path, existing)
    , m_rows(rows)
    , m_columns(columns)
{
    QByteArray header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + QByteArray::number(rows) + ", "
        + QByteArray::number(columns) + "), }";
    // Pad with spaces so magic + length + header + '\n' is a multiple of 64 bytes.
    const qsizetype total = 10 + header.size() + 1;
    header += QByteArray((64 - total % 64) % 64, ' ');
    header += '\n';
    QByteArray prefix = s_magic;
    prefix += char(1);
    prefix += char(0);
    char length[2];
    qToLittleEndian<quint16>(quint16(header.size()), length);
    prefix.append(length, 2);
    m_file.write(prefix + header);
}

void NpyWriter::writeRow(std::span<const float> row)
{
    Q_ASSERT(qsizetype(row.size()) == m_columns);
    m_file.write(QByteArrayView(reinterpret_cast<const char*>(row.data()), qsizetype(row.size_bytes())));
    ++m_written;
}

void NpyWriter::finishWriting()
{
    if (m_written != m_rows) {
        m_file.discard();
        throw TareError(TareError::Kind::Internal, tr("%1: wrote %2 rows of %3").arg(m_file.path()).arg(m_written).arg(m_rows));
    }
    m_file.finishWriting();
}

void NpyWriter::finish()
{
    finishWriting();
    m_file.commit();
}

} // namespace tare
