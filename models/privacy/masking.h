#pragma once

// Masking of personal data (DESIGN.md §6, DOMAIN.md §6): names and identifiers are masked on
// screen and in every export unless the user deliberately unmasks for the session.
//
// - Names: the first character kept, every other character replaced by '*': 张三丰 → 张**,
//   Zhang San → Z********. An empty name stays empty.
// - Identifiers (customer ids, account and card numbers, phone numbers): up to the first 4 and
//   the last 4 characters kept with '*' between them (6222021234561234 → 6222********1234); ids
//   of 8 characters or fewer keep the first 2 and the last 2 (C0012345 → C0****45); ids of 4 or
//   fewer are fully starred. Masking never reveals more than half of an id.

#include <QString>

namespace tierwise::privacy {

QString maskName(const QString &name);
QString maskId(const QString &id);

} // namespace tierwise::privacy
