//@ compile-fail
//@ spec: 14.2
// One impl of a trait per type.
trait Label {
    fn label(&self) -> u8;
}

struct Tag;

impl Label for Tag {
    fn label(&self) -> u8 {
        1
    }
}

impl Label for Tag { //~ ERROR E0119
    fn label(&self) -> u8 {
        2
    }
}

fn main() {
    println!("{}", Tag.label());
}
