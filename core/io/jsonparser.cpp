// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonparser.h"

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace avsnet::core {

namespace {

using Json = nlohmann::ordered_json;
using Members = Json::object_t::Container;

// Below this many keys a linear scan finds duplicates faster than a hash set.
constexpr std::size_t linearKeyScanLimit = 16;

struct LineColumn
{
    int line = 1;
    int column = 1;
};

LineColumn lineColumnAt(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    const std::string_view before = text.substr(0, offset);
    LineColumn result;
    result.line = 1 + int(std::count(before.begin(), before.end(), '\n'));
    const auto lastNewline = before.rfind('\n');
    const std::size_t lineStart = lastNewline == std::string_view::npos ? 0 : lastNewline + 1;
    result.column = 1 + int(offset - lineStart);
    return result;
}

// The offset of the bracket that opens level `depth` + 1, skipping strings. Only called after
// the parser stopped at that depth, to tell the user where.
std::size_t offsetBeyondDepth(std::string_view text, std::size_t depth)
{
    std::size_t level = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++level > depth)
                return i;
        } else if (c == ']' || c == '}') {
            if (level > 0)
                --level;
        }
    }
    return text.size();
}

// nlohmann's message reads "[json.exception.parse_error.101] parse error at line 1, column 5:
// syntax error while parsing ..."; keep what says what was wrong, not where (we say that).
std::string syntaxDetail(std::string what)
{
    if (what.starts_with('[')) {
        const auto end = what.find("] ");
        if (end != std::string::npos)
            what.erase(0, end + 2);
    }
    if (what.starts_with("parse error")) {
        const auto colon = what.find(": ");
        if (colon != std::string::npos)
            what.erase(0, colon + 2);
    }
    return what;
}

// A SAX handler for nlohmann::ordered_json::sax_parse that builds the tree itself.
class TreeBuilder
{
public:
    Json &root() { return m_root; }

    // Set when the builder stopped the parser, with the path of the faulty value.
    bool stoppedByBuilder() const { return m_stopped; }
    bool tooDeep() const { return m_tooDeep; }
    const std::string &faultPath() const { return m_faultPath; }
    const std::string &faultMessage() const { return m_faultMessage; }
    std::size_t syntaxPosition() const { return m_syntaxPosition; }

    bool null() { return insert(Json(nullptr)) != nullptr; }
    bool boolean(bool value) { return insert(Json(value)) != nullptr; }
    bool number_integer(Json::number_integer_t value) { return insert(Json(value)) != nullptr; }
    bool number_unsigned(Json::number_unsigned_t value) { return insert(Json(value)) != nullptr; }
    bool number_float(Json::number_float_t value, const std::string &)
    {
        return insert(Json(value)) != nullptr;
    }
    bool string(std::string &value) { return insert(Json(std::move(value))) != nullptr; }
    bool binary(Json::binary_t &value) { return insert(Json(std::move(value))) != nullptr; }

    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string &key)
    {
        Frame &frame = m_frames.back();
        const auto &members
            = static_cast<const Members &>(frame.value->get_ref<Json::object_t &>());
        bool duplicate = false;
        if (frame.keys) {
            duplicate = !frame.keys->insert(key).second;
        } else {
            duplicate = std::any_of(members.begin(), members.end(),
                                    [&](const auto &member) { return member.first == key; });
            if (!duplicate && members.size() + 1 >= linearKeyScanLimit) {
                frame.keys = std::make_unique<std::unordered_set<std::string>>();
                for (const auto &member : members)
                    frame.keys->insert(member.first);
                frame.keys->insert(key);
            }
        }
        if (duplicate) {
            m_pendingKey = key;
            return stop(pendingPath(),
                        "the key \"" + key + "\" appears twice in one object; keep only one");
        }
        m_pendingKey = std::move(key);
        return true;
    }

    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &error)
    {
        m_syntaxPosition = position;
        m_faultMessage = syntaxDetail(error.what());
        return false;
    }

private:
    struct Frame
    {
        Json *value = nullptr;
        std::unique_ptr<std::unordered_set<std::string>> keys; // once the object is large
    };

    bool stop(std::string path, std::string message)
    {
        m_stopped = true;
        m_faultPath = std::move(path);
        m_faultMessage = std::move(message);
        return false;
    }

    // Adds a value where the parser is: the root, the end of the open array, or under the
    // pending key of the open object. A container just opened stays the last child of its
    // parent until it closes, so the pointers on the frame stack stay valid.
    Json *insert(Json &&value)
    {
        if (m_frames.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        Json &parent = *m_frames.back().value;
        if (parent.is_array()) {
            auto &array = parent.get_ref<Json::array_t &>();
            array.push_back(std::move(value));
            return &array.back();
        }
        auto &members = static_cast<Members &>(parent.get_ref<Json::object_t &>());
        members.emplace_back(std::move(m_pendingKey), std::move(value));
        return &members.back().second;
    }

    bool open(Json &&container)
    {
        if (m_frames.size() >= maximumJsonDepth) {
            m_tooDeep = true;
            return stop({}, "the JSON is nested more than " + std::to_string(maximumJsonDepth)
                                + " levels deep; an avsnet design needs far fewer, so remove the"
                                  " extra brackets");
        }
        Json *value = insert(std::move(container));
        m_frames.push_back({value, nullptr});
        return true;
    }

    bool close()
    {
        m_frames.pop_back();
        return true;
    }

    // The path of the value being read now: each open container's place in its parent, then
    // the next index of the innermost array or the pending key of the innermost object.
    std::string pendingPath() const
    {
        std::string path;
        const auto appendPlace = [&path](const Json &parent, bool last, const std::string &key) {
            if (parent.is_array()) {
                const std::size_t size = parent.size();
                path += '[' + std::to_string(last ? size - 1 : size) + ']';
                return;
            }
            if (!path.empty())
                path += '.';
            if (last) {
                const auto &members
                    = static_cast<const Members &>(parent.get_ref<const Json::object_t &>());
                path += members.back().first;
            } else {
                path += key;
            }
        };
        for (std::size_t i = 0; i < m_frames.size(); ++i)
            appendPlace(*m_frames[i].value, i + 1 < m_frames.size(), m_pendingKey);
        return path;
    }

    Json m_root;
    std::vector<Frame> m_frames;
    std::string m_pendingKey;
    bool m_stopped = false;
    bool m_tooDeep = false;
    std::string m_faultPath;
    std::string m_faultMessage;
    std::size_t m_syntaxPosition = 0;
};

} // namespace

ParsedJson parseJson(std::string_view text)
{
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        LoadError error;
        error.message = "the file is empty; an avsnet design is a JSON object that starts with"
                        " {\"format\": \"avsnet\"";
        return error;
    }
    TreeBuilder builder;
    if (Json::sax_parse(text.begin(), text.end(), &builder))
        return std::move(builder.root());

    LoadError error;
    if (builder.stoppedByBuilder()) {
        error.path = builder.faultPath();
        error.message = builder.faultMessage();
        if (builder.tooDeep()) {
            const auto where = lineColumnAt(text, offsetBeyondDepth(text, maximumJsonDepth));
            error.line = where.line;
            error.column = where.column;
        }
        return error;
    }
    // nlohmann counts the bytes read, the faulty one included: the fault is at position - 1.
    const std::size_t position = builder.syntaxPosition();
    const auto where = lineColumnAt(text, position > 0 ? position - 1 : 0);
    error.line = where.line;
    error.column = where.column;
    error.message = "the file is not valid JSON (" + builder.faultMessage()
                    + "); correct the text at this line and column";
    return error;
}

} // namespace avsnet::core
