//@ run-fail
//@ spec: 8.1, 12.8, 16.1
// A panic inside filter's predicate during collect(): the Vec being collected (owned
// by library code) is freed and its finished elements dropped; a for_each closure's
// earlier panic-free runs leave nothing behind.
struct Item {
    id: u32,
}

impl Drop for Item {
    fn drop(&mut self) {
        println!("drop item {}", self.id);
    }
}

fn build(ids: &[u32]) -> Vec<Item> {
    let _g = Item { id: 1000 };
    ids.iter()
        .map(|&id| Item { id })
        .filter(|it| {
            if it.id == 13 {
                panic!("unlucky item {}", it.id);
            }
            it.id % 2 == 1
        })
        .collect()
}

fn main() {
    let mut seen = Vec::new();
    [3u32, 4, 5].iter().for_each(|&n| {
        let tmp = Item { id: n * 100 };
        seen.push(tmp.id);
    });
    println!("seen {:?}", seen);
    let odd = build(&[1, 2, 3]);
    println!("odd {}", odd.len());
    let more = build(&[7, 8, 9, 13, 15]);
    println!("unreachable {}", more.len());
}
