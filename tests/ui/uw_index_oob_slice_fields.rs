//@ run-fail
//@ spec: 8.1, 12.8, 11.8
// Index out of bounds on a Vec, an array and a slice: each panics from library code,
// and unwinding drops struct fields (in declaration order) and enum payloads.
struct Res(&'static str);

impl Drop for Res {
    fn drop(&mut self) {
        println!("close {}", self.0);
    }
}

struct Holder {
    first: Res,
    second: Res,
    nums: Vec<i32>,
}

enum Slot {
    Full(Res),
    Empty,
}

fn pick(xs: &[i32], i: usize) -> i32 {
    let _r = Res("pick");
    xs[i]
}

fn main() {
    let h = Holder { first: Res("field first"), second: Res("field second"), nums: vec![10, 20, 30] };
    let arr = [1, 2, 3, 4];
    let s1 = Slot::Full(Res("slot payload"));
    let s2 = Slot::Empty;
    println!("vec {}", h.nums[2]);
    println!("array {}", arr[3]);
    println!("slice {}", pick(&arr[1..], 2));
    match (&s1, &s2) {
        (Slot::Full(r), Slot::Empty) => println!("slot holds {}", r.0),
        _ => println!("other"),
    }
    let idx = h.nums.len() + arr.len();
    {
        let _inner = Res("inner block");
        println!("slice again {}", pick(&h.nums, idx - 5));
    }
    println!("never {}", pick(&arr[..2], 2));
}
