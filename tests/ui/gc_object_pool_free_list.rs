//@ spec: 13.2, 12.8, 12.9, 17.8
// An object pool hands out indices and recycles freed slots through a free list; assigning
// None to a slot drops the old object right there, before the reuse.
struct Conn {
    id: u32,
    host: String,
}

impl Drop for Conn {
    fn drop(&mut self) {
        println!("close conn {} to {}", self.id, self.host);
    }
}

struct Pool<T> {
    slots: Vec<Option<T>>,
    free: Vec<usize>,
}

impl<T> Pool<T> {
    fn new() -> Pool<T> {
        Pool { slots: Vec::new(), free: Vec::new() }
    }
    fn acquire(&mut self, value: T) -> usize {
        match self.free.pop() {
            Some(i) => {
                self.slots[i] = Some(value);
                i
            }
            None => {
                self.slots.push(Some(value));
                self.slots.len() - 1
            }
        }
    }
    fn release(&mut self, i: usize) {
        if self.slots[i].is_some() {
            self.slots[i] = None;
            self.free.push(i);
        }
    }
    fn get_mut(&mut self, i: usize) -> Option<&mut T> {
        self.slots[i].as_mut()
    }
    fn live(&self) -> usize {
        self.slots.iter().filter(|s| s.is_some()).count()
    }
}

fn main() {
    let mut pool = Pool::new();
    let a = pool.acquire(Conn { id: 1, host: String::from("alpha") });
    let b = pool.acquire(Conn { id: 2, host: String::from("beta") });
    let c = pool.acquire(Conn { id: 3, host: String::from("gamma") });
    println!("handles {} {} {} live {}", a, b, c, pool.live());
    pool.release(b);
    pool.release(b);
    println!("after release live {}", pool.live());
    let d = pool.acquire(Conn { id: 4, host: String::from("delta") });
    println!("reused slot {}", d);
    if let Some(conn) = pool.get_mut(d) {
        conn.host.push_str("-2");
        println!("renamed to {}", conn.host);
    }
    pool.release(a);
    println!("free list {:?}", pool.free);
    println!("end");
}
