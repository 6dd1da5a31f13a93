//@ spec: 12.5, 17.8
// `while let Some(x) = stack.pop()` moves one element out per iteration and drops it at
// the end of that iteration, so a stack drains top first, unlike a Vec dropped whole.
struct Plate(u32);
impl Drop for Plate {
    fn drop(&mut self) {
        println!("wash plate {}", self.0);
    }
}

fn stack(n: u32) -> Vec<Plate> {
    (1..=n).map(|i| Plate(i)).collect()
}

fn main() {
    let mut pile = stack(4);
    while let Some(p) = pile.pop() {
        println!("took plate {}", p.0);
        if p.0 == 2 {
            println!("stop washing one by one");
            break;
        }
    }
    println!("{} plates left", pile.len());
    drop(pile);
    println!("--- whole pile dropped at once:");
    drop(stack(3));
    println!("--- keep the odd ones:");
    let mut source = stack(5);
    let mut kept = Vec::new();
    while let Some(p) = source.pop() {
        if p.0 % 2 == 1 {
            kept.push(p);
            continue;
        }
        println!("discarding {}", p.0);
    }
    println!("kept {} plates", kept.len());
    println!("end of main");
}
