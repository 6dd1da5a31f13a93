//@ compile-fail
//@ spec: 11.10
// Patterns with the wrong number of fields for a tuple struct or variant,
// unknown field names in struct patterns, and missing fields without `..`.
struct Pixel(u8, u8, u8);

struct Account {
    owner: u32,
    balance: i64,
    open: bool,
}

enum Event {
    Click(i32, i32),
    Key { code: u32, shift: bool },
    Quit,
}

fn main() {
    let p = Pixel(1, 2, 3);
    let Pixel(r, g) = p; //~ ERROR E0023
    let acct = Account { owner: 1, balance: 5, open: true };
    let Account { owner, money, open } = acct; //~ ERROR E0026
    //~^ ERROR E0027
    let Account { owner: o } = acct; //~ ERROR E0027
    let e = Event::Quit;
    match e {
        Event::Click(x) => {} //~ ERROR E0023
        Event::Key { code, alt, .. } => {} //~ ERROR E0026
        Event::Quit => {}
    }
    match e {
        Event::Key { shift } => {} //~ ERROR E0027
        _ => {}
    }
}
