//@ spec: 17.1, 17.2
// Box<T>: a value on the heap, read and written through `*`, auto-deref for fields and
// methods, printed, cloned and compared like what it holds; freed when the box dies.
#[derive(Debug, Clone, PartialEq)]
struct Step {
    dx: i32,
    dy: i32,
}

impl Step {
    fn manhattan(&self) -> i32 {
        let horizontal = if self.dx < 0 { -self.dx } else { self.dx };
        horizontal + self.dy.abs()
    }
}

struct Probe(&'static str);
impl Drop for Probe {
    fn drop(&mut self) {
        println!("probe {} dropped", self.0);
    }
}

fn boxed_sum(values: Box<[i64; 4]>) -> i64 {
    values.iter().sum()
}

fn main() {
    let mut n = Box::new(41);
    *n += 1;
    println!("{} {:?} {}", n, n, *n * 2);
    let mut p = Box::new(Step { dx: 3, dy: -4 });
    p.dx *= 2;
    println!("{:?} manhattan {}", p, p.manhattan());
    let q = p.clone();
    println!("equal {}", q == p);
    println!("sum {}", boxed_sum(Box::new([1, 2, 3, 4])));
    let nested: Box<Box<u8>> = Box::new(Box::new(7));
    println!("nested {}", **nested + 1);
    println!("[{:>5}] [{:<4?}]", Box::new(12), Box::new(3));
    let first = Box::new(Probe("first"));
    {
        let _inner = Box::new(Probe("inner"));
    }
    let moved = first;
    println!("moved {}", moved.0);
    let d: Box<u32> = Box::default();
    println!("default {}", d);
    println!("sizes {} {}", std::mem::size_of::<Box<u64>>(), std::mem::size_of::<Option<Box<u64>>>());
}
