//@ run-fail
//@ spec: 8.1, 12.6, 12.8, 11.7
// When an element of an array literal panics while being computed, the elements already
// built are dropped (last built first) together with the finished tuple, array, Vec,
// Option and Result values of the frame; a value taken out of an Option is owned anew.
struct Cell(&'static str);

impl Drop for Cell {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Shelf {
    slot: Option<Cell>,
}

fn mk(s: &'static str) -> Cell {
    Cell(s)
}

fn checked(n: i32) -> i32 {
    if n > 0 {
        panic!("checked got {}", n);
    }
    n
}

fn main() {
    let mut shelf = Shelf { slot: Some(mk("on shelf")) };
    let t = (mk("tuple 0"), checked(0), mk("tuple 2"));
    let arr = [mk("array 0"), mk("array 1")];
    let v = vec![mk("vec 0"), mk("vec 1"), Cell(if checked(0) == 0 { "vec 2" } else { "?" })];
    let taken = shelf.slot.take();
    let e: Result<Cell, Cell> = Err(mk("err payload"));
    println!("{} {} {} {} {}", (t.0).0, t.1, arr.len(), v.len(), taken.is_some());
    let _partial = [mk("lit 0"), mk("lit 1"), Cell(if checked(2) == 0 { "lit 2" } else { "?" })];
    println!("unreachable {}", e.is_err());
}
