//@ spec: 17.11
// A registry that must not keep sessions alive holds Weak handles: upgrade succeeds
// while some Rc owns the session and fails once it is gone; counts track both kinds.
use std::rc::{Rc, Weak};

struct Session {
    user: String,
}

impl Drop for Session {
    fn drop(&mut self) {
        println!("session of {} closed", self.user);
    }
}

fn live_users(registry: &Vec<Weak<Session>>) -> Vec<String> {
    let mut out = Vec::new();
    for w in registry {
        if let Some(s) = w.upgrade() {
            out.push(s.user.clone());
        }
    }
    out
}

fn main() {
    let mut registry: Vec<Weak<Session>> = Vec::new();
    let alice = Rc::new(Session { user: String::from("alice") });
    let bob = Rc::new(Session { user: String::from("bob") });
    registry.push(Rc::downgrade(&alice));
    registry.push(Rc::downgrade(&bob));
    registry.push(Rc::downgrade(&alice));
    registry.push(Weak::new());
    println!("alice strong {} weak {}", Rc::strong_count(&alice), Rc::weak_count(&alice));
    println!("live: {:?}", live_users(&registry));
    {
        let temp = registry[1].upgrade().unwrap();
        println!("bob strong while upgraded: {}", Rc::strong_count(&temp));
    }
    println!("bob strong after: {}", Rc::strong_count(&bob));
    drop(bob);
    println!("live: {:?}", live_users(&registry));
    let before = registry.len();
    registry.retain(|w| w.upgrade().is_some());
    println!("pruned {} dead handles", before - registry.len());
    println!("alice strong {} weak {}", Rc::strong_count(&alice), Rc::weak_count(&alice));
    let again = registry[0].upgrade();
    println!("same session: {}", Rc::ptr_eq(&alice, again.as_ref().unwrap()));
    drop(again);
    drop(alice);
    println!("live: {:?}, upgrade {}", live_users(&registry), registry[0].upgrade().is_none());
}
