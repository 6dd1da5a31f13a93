//@ compile-fail
//@ spec: 11.2, 12.1.1
// `..base` moves the non-Copy fields it takes out of base: afterwards base's moved
// fields and base as a whole are unusable, though its Copy fields can still be read.
#[derive(Debug)]
struct Style {
    font: String,
    color: String,
    size: u32,
}

fn main() {
    let base = Style { font: String::from("serif"), color: String::from("black"), size: 12 };
    let big = Style { size: 20, ..base };
    println!("{}", base.size);
    println!("{}", base.font); //~ ERROR E0382
    let other = Style { font: String::from("mono"), color: String::from("red"), size: 9 };
    let bold = Style { font: String::from("bold"), ..other };
    println!("{:?} {:?}", bold, other); //~ ERROR E0382
    println!("{:?}", big);
}
