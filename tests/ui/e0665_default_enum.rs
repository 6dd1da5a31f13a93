//@ compile-fail
//@ spec: 11.4
// A derived Default of an enum needs one unit variant marked #[default].
#[derive(Debug, Default)] //~ ERROR E0665
enum Mode { Fast, Slow }

fn main() {
    println!("{:?}", Mode::Fast);
}
