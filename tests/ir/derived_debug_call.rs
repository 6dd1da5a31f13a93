//@ run-pass
//@ check-ir
//@ spec: 9.8
// A derived Debug is one generated body, `<Unit as Debug>::fmt(&Unit, &mut Formatter)`,
// choosing `{:?}` or `{:#?}` layout by the Formatter's flags; println! borrows its
// arguments (`&s`, never a copy of the String) and calls the fmt bodies with the borrows.
#[derive(Debug)]
enum Unit {
    Meters(u8),
    None,
}

fn main() {
    let s = String::from("len");
    let u = Unit::Meters(3);
    println!("{} {:?}", s, u);
    println!("{:?}", Unit::None);
}
