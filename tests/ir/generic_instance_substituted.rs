//@ run-pass
//@ check-ir
//@ spec: 9.9 13.4
// An instance is the checked generic body with concrete types: `keep::<String>` drops the
// second String where `keep` drops its `T`, `keep::<i32>` has no drop left (and copies
// where the generic moves), and `total::<Meter>` calls Meter's own `Measure::size`.
trait Measure {
    fn size(&self) -> u32;
}

struct Meter(u32);

impl Measure for Meter {
    fn size(&self) -> u32 {
        self.0
    }
}

fn keep<T>(a: T, b: T) -> T {
    let _other = b;
    a
}

fn total<M: Measure>(m: &M) -> u32 {
    m.size()
}

fn main() {
    let s = keep(String::from("kept"), String::from("dropped"));
    let n = keep(1, 2);
    println!("{} {} {}", s, n, total(&Meter(3)));
}
