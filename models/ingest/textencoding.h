#pragma once

// Text encodings of bank extracts: detection and streaming conversion to UTF-8.

#include "result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

namespace tierwise::ingest {

enum class Encoding { Utf8, Gb18030, Big5 };

// "utf-8", "gb18030", "big5".
QString encodingName(Encoding encoding);
// Accepts the usual spellings case-insensitively: utf8, utf-8, gb18030, gbk, gb2312, cp936,
// big5, big-5, cp950. nullopt if unknown.
std::optional<Encoding> encodingFromName(const QString &name);

struct EncodingGuess
{
    Encoding encoding = Encoding::Utf8;
    double confidence = 0.0; // 0..1
    bool bom = false;        // a UTF-8 byte-order mark was found
    QString reason;          // human-readable: why this encoding ("valid UTF-8 with 1,203 CJK characters")
};

// Guess the encoding of the first bytes of a file (a sample of up to a few hundred KB).
// A UTF-8 BOM is certain; valid UTF-8 with non-ASCII text is near-certain; otherwise GB18030
// and Big5 are compared by how many decoded characters are common Chinese characters.
// Pure ASCII is reported as UTF-8 with confidence 1.
EncodingGuess detectEncoding(const QByteArray &sample);

// Streaming converter from an encoding to UTF-8. Input arrives in arbitrary chunks (a
// multi-byte character may be split between two chunks). Decoding stops at the first invalid
// byte sequence: everything before it is delivered, then error() describes the problem.
class Utf8Decoder
{
public:
    explicit Utf8Decoder(Encoding encoding);
    ~Utf8Decoder();
    Utf8Decoder(const Utf8Decoder &) = delete;
    Utf8Decoder &operator=(const Utf8Decoder &) = delete;

    // Appends the UTF-8 for `size` bytes of input to `out`. Bytes of an incomplete trailing
    // character are kept for the next call. Returns false once an invalid sequence is met
    // (output up to it has been appended).
    bool decode(const char *data, std::size_t size, std::string &out);
    // Call at end of input: false if an incomplete character is left over.
    bool finish();

    // Set after decode()/finish() returned false: e.g. "invalid GB18030 byte sequence 0x81 0x20".
    QString error() const;
    // Offset in the input byte stream (from the first byte given to decode) of the bad sequence.
    qint64 errorOffset() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace tierwise::ingest
