//@ compile-fail
//@ spec: 14.2, 14.3, 14.10
// The trait is `Drawable`, but a bound, an impl and a trait object spell it differently.
trait Drawable {
    fn draw(&self) -> u32;
}

struct Button;

impl Drawable for Button {
    fn draw(&self) -> u32 {
        1
    }
}

impl Drawible for Button {} //~ ERROR E0405

fn render<T: Drawabel>(item: &T) -> u32 { //~ ERROR E0405
    5
}

fn paint(item: &dyn Draw) -> u32 { //~ ERROR E0405
    6
}

fn main() {
    println!("{}", Button.draw());
}
