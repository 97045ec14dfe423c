//! Elixir: Plug's `Plug.Conn.Status`.

use super::ruby::phrase_table;
use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// Plug `lib/plug/conn/status.ex`.
///
/// Plug computes its atoms from the `statuses` map's phrases with
/// `String.downcase |> String.replace("'", "") |> String.replace(~r/[^a-z0-9]/, "_")`,
/// which [`plug_atom`] reproduces. `aliased_statuses` (`{422,
/// :unprocessable_entity}`) adds names that `code/1` accepts; Plug emits no
/// warning for them, so they are aliases, not deprecated.
pub(crate) fn plug(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(mut decls) = phrase_table(l, out, "statuses", plug_atom) else {
        return 0;
    };
    let found = decls.len();
    if let Some(body) = l
        .find_assignment("aliased_statuses")
        .and_then(|at| l.block_after(at))
    {
        for j in body {
            // `{422, :unprocessable_entity}`
            if let (true, Some(code), true, true, Some(name)) = (
                l.is_punct(j, '{'),
                l.code(j + 1),
                l.is_punct(j + 2, ','),
                l.is_punct(j + 3, ':'),
                l.ident(j + 4),
            ) {
                decls.push(Decl::new(code, name));
            }
        }
    }
    out.declare(decls);
    found
}

/// Plug's rule: downcase, drop `'`, turn anything but `a-z0-9` into `_`.
pub(crate) fn plug_atom(phrase: &str) -> String {
    phrase
        .to_lowercase()
        .replace('\'', "")
        .chars()
        .map(|c| {
            if c.is_ascii_lowercase() || c.is_ascii_digit() {
                c
            } else {
                '_'
            }
        })
        .collect()
}
