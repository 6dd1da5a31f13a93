//@ compile-fail
//@ spec: 12.1, 5.3
//@ stderr-contains: value moved here, in previous iteration of loop
// Inside a loop, a value declared outside it can be moved at most once: the second
// iteration would use it after the first moved it. rustc points at the move in the loop.
struct Batch {
    items: Vec<u32>,
}

impl Batch {
    fn close(self) -> u32 {
        self.items.len() as u32
    }
}

fn main() {
    let batch = Batch { items: vec![1, 2] };
    let mut closed = 0;
    let mut i = 0;
    while i < 2 {
        closed += batch.close(); //~ ERROR E0382
        i += 1;
    }
    let label = String::from("row");
    let mut rows = Vec::new();
    for _ in 0..3 {
        rows.push(label); //~ ERROR E0382
    }
    let mut queue = vec![1, 2, 3];
    let seed = Some(String::from("s"));
    while let Some(n) = queue.pop() {
        let s = seed.unwrap(); //~ ERROR E0382
        println!("{} {}", n, s);
    }
    println!("{} {}", closed, rows.len());
}
