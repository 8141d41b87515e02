// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "commandline.h"
#include "import/importsession.h"
#include "io/documentreader.h"
#include "io/documentwriter.h"

#include <filesystem>

namespace avsnet::core {

int runImportCommand(const std::vector<std::string> &arguments, std::ostream &out,
                     std::ostream &err, const std::string &help)
{
    std::vector<std::string> files;
    std::string design;
    azure::TemplateParameters parameters;
    bool json = false;
    for (std::size_t i = 1; i < arguments.size(); ++i) {
        const std::string &argument = arguments[i];
        if (argument == "--json") {
            json = true;
        } else if (argument == "-o" || argument == "--parameter") {
            if (i + 1 >= arguments.size()) {
                err << "avsnet import: " << argument << " needs a value\n";
                return ExitBadInput;
            }
            const std::string &value = arguments[++i];
            if (argument == "-o") {
                design = value;
                continue;
            }
            const auto equals = value.find('=');
            if (equals == std::string::npos || equals == 0) {
                err << "avsnet import: --parameter takes NAME=VALUE, not '" << value << "'\n";
                return ExitBadInput;
            }
            parameters[value.substr(0, equals)] = value.substr(equals + 1);
        } else if (argument.starts_with("-")) {
            err << "avsnet import: unknown option " << argument << "\n" << help;
            return ExitBadInput;
        } else {
            files.push_back(argument);
        }
    }
    if (files.empty() || design.empty()) {
        err << "avsnet import: " << (files.empty() ? "no FILE given" : "-o DESIGN is required")
            << "\n"
            << help;
        return ExitBadInput;
    }
    Topology existing;
    std::error_code error;
    if (std::filesystem::exists(design, error)) {
        auto loaded = DocumentReader::readFile(design);
        if (const auto *refused = std::get_if<LoadError>(&loaded)) {
            err << "avsnet import: " << refused->toString() << '\n';
            return ExitBadInput;
        }
        existing = std::get<Topology>(std::move(loaded));
    } else {
        existing.name = std::filesystem::path(design).stem().string();
        existing.description = "Imported from Azure by avsnet import.";
    }
    azure::ImportResult result;
    try {
        result = azure::importFiles(existing, files, parameters);
    } catch (const azure::ImportError &failure) {
        err << "avsnet import: " << failure.toString() << "\nnothing was written\n";
        return ExitBadInput;
    }
    if (const std::string message = DocumentWriter::writeFile(result.design, design);
        !message.empty()) {
        err << "avsnet import: " << message << '\n';
        return ExitBadInput;
    }
    if (json)
        out << azure::summaryJson(result.summary).dump(2) << '\n';
    else
        out << design << ": " << azure::summaryText(result.summary);
    return ExitOk;
}

} // namespace avsnet::core
