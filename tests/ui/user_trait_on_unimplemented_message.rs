//@ compile-fail
//@ spec: 14.23
//@ stderr-contains: `Rock` cannot be fed `u8`s
// A user's generic trait words its E0277 with #[diagnostic::on_unimplemented], with `{Self}`
// and its parameter filled in.
#[diagnostic::on_unimplemented(message = "`{Self}` cannot be fed `{Food}`s", label = "not edible")]
trait Eat<Food> {
    fn eat(&mut self, food: Food);
}

struct Goat(u32);
struct Rock;

impl Eat<u8> for Goat {
    fn eat(&mut self, food: u8) {
        self.0 += food as u32;
    }
}

fn feed<A: Eat<u8>>(animal: &mut A) {
    animal.eat(3);
}

fn main() {
    let mut g = Goat(0);
    feed(&mut g);
    feed(&mut Rock); //~ ERROR E0277
    println!("{}", g.0);
}
