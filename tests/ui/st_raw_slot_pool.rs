//@ spec: 17.4, 17.5, 12.4
// A fixed-capacity pool over one alloc_zeroed block: slots hold either a value or a
// free-list link, handles are indices, release drops the value in place and recycles the slot.
use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::ptr;

struct Particle {
    name: String,
    energy: i32,
}

impl Drop for Particle {
    fn drop(&mut self) {
        println!("  {} released (energy {})", self.name, self.energy);
    }
}

struct Pool {
    slots: *mut Particle,
    used: *mut bool,
    next_free: Vec<usize>,
    cap: usize,
}

impl Pool {
    fn new(cap: usize) -> Pool {
        unsafe {
            let slots = alloc_zeroed(Layout::array::<Particle>(cap).unwrap()) as *mut Particle;
            let used = alloc_zeroed(Layout::array::<bool>(cap).unwrap()) as *mut bool;
            let next_free = (0..cap).rev().collect();
            Pool { slots, used, next_free, cap }
        }
    }

    fn acquire(&mut self, name: &str, energy: i32) -> Option<usize> {
        let i = self.next_free.pop()?;
        unsafe {
            ptr::write(self.slots.add(i), Particle { name: name.to_string(), energy });
            *self.used.add(i) = true;
        }
        Some(i)
    }

    fn get_mut(&mut self, i: usize) -> &mut Particle {
        unsafe {
            assert!(*self.used.add(i), "slot {} is free", i);
            &mut *self.slots.add(i)
        }
    }

    fn release(&mut self, i: usize) {
        unsafe {
            ptr::drop_in_place(self.slots.add(i));
            *self.used.add(i) = false;
        }
        self.next_free.push(i);
    }

    fn live(&self) -> Vec<String> {
        let mut out = Vec::new();
        for i in 0..self.cap {
            unsafe {
                if *self.used.add(i) {
                    let p = &*self.slots.add(i);
                    out.push(format!("{}#{}={}", p.name, i, p.energy));
                }
            }
        }
        out
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        println!("pool closing");
        for i in 0..self.cap {
            unsafe {
                if *self.used.add(i) {
                    ptr::drop_in_place(self.slots.add(i));
                }
            }
        }
        unsafe {
            dealloc(self.slots as *mut u8, Layout::array::<Particle>(self.cap).unwrap());
            dealloc(self.used as *mut u8, Layout::array::<bool>(self.cap).unwrap());
        }
    }
}

fn main() {
    let mut pool = Pool::new(3);
    let a = pool.acquire("alpha", 10).unwrap();
    let b = pool.acquire("beta", 20).unwrap();
    let c = pool.acquire("gamma", 30).unwrap();
    println!("handles {} {} {}, full: {}", a, b, c, pool.acquire("delta", 0).is_none());
    let beta = pool.get_mut(b);
    beta.energy += 5;
    pool.release(a);
    let d = pool.acquire("delta", 40).unwrap();
    println!("delta reused slot {}", d);
    pool.get_mut(d).name.push_str("-2");
    println!("{:?}", pool.live());
    pool.release(c);
    println!("{:?}", pool.live());
}
