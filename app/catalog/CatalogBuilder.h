#pragma once

#include "app/catalog/RecordKind.h"

// Short-hands for declaring record kinds in the catalog files (RegistryKinds.cpp,
// TaskLifeKinds.cpp, ...), so each field reads as one line.
class CatalogBuilder
{
public:
    using T = FieldSpec::Type;

    static RecordKind kind(const char *array, const char *singular, const char *plural,
                           const char *titleField);
    static FieldSpec text(const char *key, const char *label, bool required = false,
                          int maxLength = 0);
    static FieldSpec typed(const char *key, T type, const char *label, bool required = false);
    static FieldSpec choice(const char *key, T type, const char *label, const QStringList &values,
                            bool required = false);
    static FieldSpec reference(const char *key, T type, const char *label, const char *arrays,
                               bool required = false);
    static FieldSpec number(const char *key, const char *label, double minimum,
                            bool minimumExclusive, double maximum, bool required = false);
    // A whole-number score within [minimum, maximum] (satisfaction 1-10, NPS 0-10).
    static FieldSpec score(const char *key, const char *label, int minimum, int maximum,
                           bool required = false);
    // An RMB amount; fields in the same mergeGroup merge as one unit in sync.
    static FieldSpec money(const char *key, const char *label, bool required = false,
                           const char *mergeGroup = nullptr);
    static FieldSpec derived(const char *key, T type, const char *label);
    // A reference the program sets itself (FieldSpec::internal).
    static FieldSpec internal(const char *key, T type, const char *label, const char *arrays);
};

// The kinds of each area, in dependency order; RecordCatalog concatenates them.
QList<RecordKind> registryKinds();
QList<RecordKind> taskLifeKinds();
QList<RecordKind> siteReportKinds();
QList<RecordKind> reviewKinds();
