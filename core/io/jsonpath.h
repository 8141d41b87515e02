// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace avsnet::core {

// Where a value sits in a document, as a chain of keys and indices that lives on the stack
// while the reader descends. It becomes text ("nodes[3].addressSpace[0]") only when a fault
// is reported, so reading a list of 100,000 prefixes builds no strings. A child refers to its
// parent: keep the parent alive, and do not chain calls on temporaries.
class JsonPath
{
public:
    JsonPath() = default; // the document root

    JsonPath key(std::string_view key) const { return JsonPath(this, key, 0, false); }
    JsonPath index(std::size_t index) const { return JsonPath(this, {}, index, true); }

    std::string toString() const
    {
        if (!m_parent)
            return {};
        std::string text = m_parent->toString();
        if (m_isIndex)
            return text + '[' + std::to_string(m_index) + ']';
        if (!text.empty())
            text += '.';
        return text.append(m_key);
    }

private:
    JsonPath(const JsonPath *parent, std::string_view key, std::size_t index, bool isIndex)
        : m_parent(parent)
        , m_key(key)
        , m_index(index)
        , m_isIndex(isIndex)
    {}

    const JsonPath *m_parent = nullptr;
    std::string_view m_key;
    std::size_t m_index = 0;
    bool m_isIndex = false;
};

} // namespace avsnet::core
