//@ spec: 12.9
// drop, mem::swap, mem::replace, mem::take and mem::forget: who is dropped, and when.
use std::mem;

struct Coin(u32);
impl Drop for Coin {
    fn drop(&mut self) {
        println!("coin {} gone", self.0);
    }
}

#[derive(Debug, Default)]
struct Tally {
    count: u32,
}

fn main() {
    let mut left = Coin(1);
    let mut right = Coin(2);
    mem::swap(&mut left, &mut right);
    println!("left {} right {}", left.0, right.0);
    let previous = mem::replace(&mut left, Coin(3));
    println!("previous {} now {}", previous.0, left.0);
    let mut purse = Some(Coin(4));
    let emptied = mem::take(&mut purse);
    println!("emptied {} purse empty {}", emptied.is_some(), purse.is_none());
    let mut t = Tally { count: 7 };
    let before = mem::take(&mut t);
    println!("{:?} {:?}", before, t);
    let mut slot = Some(Coin(5));
    if let Some(c) = slot.take() {
        println!("took coin {}", c.0);
    }
    let replaced = slot.replace(Coin(6));
    println!("replaced {}", replaced.is_none());
    mem::forget(Coin(7));
    drop(right);
    let mut a = 1;
    let mut b = 2;
    std::mem::swap(&mut a, &mut b);
    println!("a {} b {}", a, b);
    println!("end");
}
